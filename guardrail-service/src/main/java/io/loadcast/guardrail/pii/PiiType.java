package io.loadcast.guardrail.pii;

/** Kinds of personal data the detector finds; each is redacted to its own placeholder, e.g. {@code <EMAIL>}. */
public enum PiiType {
    EMAIL,
    PHONE,
    UK_NINO,
    NHS_NUMBER,
    UK_POSTCODE,
    CARD_NUMBER,
    IBAN,
    SORT_CODE,
    BANK_ACCOUNT,
    IP_ADDRESS,
    MAC_ADDRESS,
    PERSON,
    STREET_ADDRESS;

    /** The typed placeholder that replaces a value of this kind. */
    public String placeholder() {
        return "<" + name() + ">";
    }
}
