package org.openbmis.app.screening;

/**
 * A capture at the desk that matched the fingerprints of a person alert (found by the biometrics
 * module's 1:N search), to be recorded as a hit like any name or document hit.
 *
 * @param listCode the alert's list
 * @param sourceId the alert's id in that list
 * @param score the fingerprint score (SourceAFIS: 40 is about one false match in 10,000)
 * @param fingers the fingers compared, e.g. {@code RIGHT_THUMB~RIGHT_THUMB 99.4}
 */
public record BiometricMatch(String listCode, String sourceId, double score, String fingers) {}
