package io.loadcast.guardrail.guard.store;

import io.loadcast.guardrail.guard.domain.Violation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The violation audit log: every BLOCK and REDACT with the caller's key name, a SHA-256 of the checked text and the
 * violations (types, scores, spans) — never the text or the personal data itself.
 */
@Repository
public class AuditLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String apiKeyName, String checkKind, String decision, String text, List<Violation> violations) {
        jdbc.update(
                "insert into violation_audit (api_key_name, check_kind, decision, text_sha256, violations)"
                        + " values (?, ?, ?, ?, ?::jsonb)",
                apiKeyName,
                checkKind,
                decision,
                sha256(text),
                JSON.writeValueAsString(violations));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
