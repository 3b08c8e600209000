@NullMarked
package io.loadcast.stack.s3;

import org.jspecify.annotations.NullMarked;
