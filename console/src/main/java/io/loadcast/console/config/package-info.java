/** What the page needs to know before its first call: each service's base URL and Swagger UI. */
@NullMarked
package io.loadcast.console.config;

import org.jspecify.annotations.NullMarked;
