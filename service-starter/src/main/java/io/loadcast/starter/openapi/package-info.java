@NullMarked
package io.loadcast.starter.openapi;

import org.jspecify.annotations.NullMarked;
