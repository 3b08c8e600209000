@NullMarked
package io.loadcast.registry.access.web;

import org.jspecify.annotations.NullMarked;
