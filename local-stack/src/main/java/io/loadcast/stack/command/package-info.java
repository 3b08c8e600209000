@NullMarked
package io.loadcast.stack.command;

import org.jspecify.annotations.NullMarked;
