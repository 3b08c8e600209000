@NullMarked
package io.loadcast.console.config.web;

import org.jspecify.annotations.NullMarked;
