package io.loadcast.guardrail.guard.domain;

/** The verdict on a text: let it through, let it through with personal data replaced, or stop it. */
public enum Decision {
    ALLOW,
    REDACT,
    BLOCK
}
