/** JSON over HTTP against the services' public REST APIs. */
@NullMarked
package io.loadcast.e2e.http;

import org.jspecify.annotations.NullMarked;
