@NullMarked
package io.loadcast.registry.artifacts.web;

import org.jspecify.annotations.NullMarked;
