package io.loadcast.starter.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/** The configured keys, held as SHA-256 digests and compared in constant time. */
public final class ApiKeyRegistry {

    private record Entry(byte[] digest, ApiCaller caller) {}

    private final List<Entry> entries;

    private ApiKeyRegistry(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static ApiKeyRegistry from(ApiKeyProperties properties) {
        List<Entry> entries = new ArrayList<>();
        if (hasText(properties.localKey())) {
            entries.add(new Entry(sha256(properties.localKey()), new ApiCaller("local", ApiRole.MANAGE)));
        }
        for (ApiKeyProperties.ApiKey key : properties.apiKeys()) {
            byte[] digest = hasText(key.sha256())
                    ? HexFormat.of().parseHex(key.sha256())
                    : hasText(key.key()) ? sha256(key.key()) : null;
            if (digest == null) {
                throw new IllegalStateException("API key '" + key.name() + "' has neither key nor sha256");
            }
            entries.add(new Entry(digest, new ApiCaller(key.name(), key.role())));
        }
        return new ApiKeyRegistry(entries);
    }

    /** The caller a presented key belongs to. Every entry is compared so timing does not reveal which matched. */
    public Optional<ApiCaller> authenticate(String presentedKey) {
        byte[] digest = sha256(presentedKey);
        ApiCaller match = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), digest) && match == null) {
                match = entry.caller();
            }
        }
        return Optional.ofNullable(match);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Contract("null -> false")
    private static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
