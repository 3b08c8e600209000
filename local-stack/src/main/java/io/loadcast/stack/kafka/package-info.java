@NullMarked
package io.loadcast.stack.kafka;

import org.jspecify.annotations.NullMarked;
