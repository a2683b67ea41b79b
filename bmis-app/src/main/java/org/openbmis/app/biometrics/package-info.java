/**
 * Biometrics at the desk: fingerprints and face photos captured, enrolled at a traveller's first
 * crossing, verified 1:1 at later crossings, searched 1:N against biometric alerts and, in the
 * background, against every enrolled traveller to find one person under several identities.
 *
 * <p>Image decoding, templates, matching, quality and encryption come from the framework-free
 * {@code bmis-biometrics} library (SourceAFIS behind its {@code FingerprintEngine}). Templates and
 * images are stored AES-256-GCM encrypted (key from {@code bmis.biometrics.key}, never from the
 * repository; the record id is the associated data) with the engine name and version, the quality,
 * the finger position and who captured them where; galleries are kept decrypted in memory (loaded
 * at start, updated after each commit). Every read and write of biometric data is audited; records
 * older than {@code bmis.biometrics.retention-days} are purged daily.
 *
 * <p>The desk calls {@link org.openbmis.app.biometrics.BiometricDeskService#checkAtDesk}. Devices
 * sit behind {@link org.openbmis.app.biometrics.FingerprintScanner} and {@link
 * org.openbmis.app.biometrics.Camera}, with simulators reading files. Tables: {@code
 * bio_fingerprint}, {@code bio_missing_finger}, {@code bio_face}, {@code bio_alert_fingerprint},
 * {@code bio_duplicate_case}.
 */
package org.openbmis.app.biometrics;
