package io.loadcast.starter.ratelimit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Per-caller rate limits ({@code loadcast.rate-limit.*}). A request is counted against the first group whose paths
 * and methods it matches, in the bucket of its caller: the API key's name when it presented a valid key, else its
 * client address. Requests that match no group are not limited.
 *
 * @param enabled off unless a service turns it on
 * @param table the PostgreSQL table holding the buckets (created when absent), shared by every replica
 * @param maxCallers most callers whose bucket handles one instance keeps in memory (least recently seen dropped)
 * @param groups the endpoint groups, each with its own budget
 */
@Validated
@ConfigurationProperties("loadcast.rate-limit")
public record RateLimitProperties(
        @DefaultValue("false") boolean enabled,

        @Pattern(regexp = "[a-z_][a-z0-9_]{0,62}") @DefaultValue("loadcast_rate_limit")
        String table,

        @Min(1) @DefaultValue("10000") int maxCallers,
        @DefaultValue List<@Valid Group> groups) {

    /**
     * One endpoint group.
     *
     * @param name the group's name, part of the bucket key and of the 429 problem
     * @param paths Spring path patterns, e.g. {@code /api/v1/readings/**}
     * @param methods the HTTP methods counted; empty = all
     * @param keyedPerMinute requests per minute per API key (burst up to the same number)
     * @param keylessPerMinute requests per minute per client address without a key
     */
    public record Group(
            @NotBlank @Pattern(regexp = "[a-z0-9-]+") String name,
            @NotEmpty List<String> paths,
            @DefaultValue Set<RequestMethod> methods,
            @Min(1) long keyedPerMinute,
            @Min(1) long keylessPerMinute) {

        /** The budget of a caller of this group. */
        public long perMinute(boolean keyed) {
            return keyed ? keyedPerMinute : keylessPerMinute;
        }
    }
}
