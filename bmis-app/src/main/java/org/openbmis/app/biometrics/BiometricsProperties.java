package org.openbmis.app.biometrics;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Biometrics settings ({@code bmis.biometrics}).
 *
 * @param key the AES-256 key in base64 (env {@code BMIS_BIOMETRICS_KEY}); without it biometric
 *     storage is off and the desk works without biometrics
 * @param retentionDays days a capture is kept before the daily purge; 0 keeps them
 * @param threshold score from which two prints are the same finger (1:1 and alerts)
 * @param duplicateThreshold score from which two travellers are reported as one person
 * @param galleryThreads worker threads of each in-memory 1:N gallery
 * @param maxCandidates candidates returned by an identification at most
 * @param storeImages whether finger images are stored (encrypted) besides the templates
 * @param simulatorFolder folder the file-based scanner and camera read from
 * @param previousKey the key the stored records were sealed with before a rotation (env {@code
 *     BMIS_BIOMETRICS_PREVIOUS_KEY}); read only by the rotation command
 * @param rotateKeyAndExit re-seal every record from {@code previousKey} to {@code key} and stop
 *     (the command-line rotation, {@link KeyRotationOnStartup})
 */
@ConfigurationProperties(prefix = "bmis.biometrics")
public record BiometricsProperties(
    @Nullable String key,
    Integer retentionDays,
    Double threshold,
    Double duplicateThreshold,
    Integer galleryThreads,
    Integer maxCandidates,
    Boolean storeImages,
    @Nullable String simulatorFolder,
    @Nullable String previousKey,
    Boolean rotateKeyAndExit) {

  public BiometricsProperties {
    key = key == null || key.isBlank() ? null : key.strip();
    retentionDays = retentionDays == null ? 0 : Math.max(0, retentionDays);
    threshold = threshold == null ? 40.0 : threshold;
    duplicateThreshold = duplicateThreshold == null ? 60.0 : duplicateThreshold;
    galleryThreads = galleryThreads == null ? 2 : Math.max(1, galleryThreads);
    maxCandidates = maxCandidates == null ? 10 : Math.max(1, maxCandidates);
    storeImages = storeImages == null || storeImages;
    simulatorFolder = simulatorFolder == null || simulatorFolder.isBlank() ? null : simulatorFolder;
    previousKey = previousKey == null || previousKey.isBlank() ? null : previousKey.strip();
    rotateKeyAndExit = rotateKeyAndExit != null && rotateKeyAndExit;
  }
}
