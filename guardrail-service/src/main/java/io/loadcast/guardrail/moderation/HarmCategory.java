package io.loadcast.guardrail.moderation;

/** What a harmful or denied request is about; the first three are harm, the rest the configured denied topics. */
public enum HarmCategory {
    VIOLENCE(true),
    WEAPONS(true),
    SELF_HARM(true),
    MEDICAL(false),
    LEGAL(false),
    FINANCIAL(false),
    POLITICS(false);

    private final boolean harm;

    HarmCategory(boolean harm) {
        this.harm = harm;
    }

    /** True for violence, weapons and self-harm; false for a denied topic. */
    public boolean harm() {
        return harm;
    }
}
