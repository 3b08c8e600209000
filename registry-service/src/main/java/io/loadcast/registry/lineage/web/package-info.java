@NullMarked
package io.loadcast.registry.lineage.web;

import org.jspecify.annotations.NullMarked;
