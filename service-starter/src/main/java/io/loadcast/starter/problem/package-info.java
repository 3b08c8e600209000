@NullMarked
package io.loadcast.starter.problem;

import org.jspecify.annotations.NullMarked;
