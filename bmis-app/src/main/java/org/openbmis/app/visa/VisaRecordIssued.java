package org.openbmis.app.visa;

import java.util.UUID;

/**
 * A visa, e-visa, permit or pass was written (published in the transaction that writes it): at
 * headquarters the border network versions the {@code visas} dataset with it (ADR 0024).
 */
public record VisaRecordIssued(UUID recordId) {}
