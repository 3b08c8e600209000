/** Audit history of every registry change and the "which version served when" query. */
@NullMarked
package io.loadcast.registry.audit;

import org.jspecify.annotations.NullMarked;
