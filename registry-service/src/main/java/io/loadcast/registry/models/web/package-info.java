@NullMarked
package io.loadcast.registry.models.web;

import org.jspecify.annotations.NullMarked;
