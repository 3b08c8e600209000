@NullMarked
package io.loadcast.registry.tracking.web;

import org.jspecify.annotations.NullMarked;
