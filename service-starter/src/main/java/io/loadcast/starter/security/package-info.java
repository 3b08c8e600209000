@NullMarked
package io.loadcast.starter.security;

import org.jspecify.annotations.NullMarked;
