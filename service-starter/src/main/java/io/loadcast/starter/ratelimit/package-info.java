/** Per-caller rate limits shared by every replica of a service (Bucket4j token buckets kept in PostgreSQL). */
@NullMarked
package io.loadcast.starter.ratelimit;

import org.jspecify.annotations.NullMarked;
