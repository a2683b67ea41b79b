package org.openbmis.app.biometrics;

import java.util.List;
import java.util.UUID;

/**
 * Fingerprints of a person alert were added or removed (published in the transaction of the change,
 * naming the print records): at headquarters the border network versions the {@code
 * biometric-alerts} dataset with it (ADR 0024).
 */
public record BiometricAlertChanged(List<UUID> printIds) {}
