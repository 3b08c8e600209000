package io.loadcast.starter.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Request body limits, checked before anything buffers a body: a declared {@code Content-Length} over the limit is
 * answered 413 at once, and a body without one is cut off at the limit.
 *
 * @param maxBody the largest body of any request; off (unbounded) unless a service sets it
 * @param largeBodyPaths path patterns (uploads) held to {@code maxLargeBody} instead
 * @param maxLargeBody the largest body on {@code largeBodyPaths}
 */
@Validated
@ConfigurationProperties("loadcast.limits")
public record RequestLimitProperties(
        @DefaultValue("0") DataSize maxBody,
        @DefaultValue List<String> largeBodyPaths,
        @DefaultValue("0") DataSize maxLargeBody) {}
