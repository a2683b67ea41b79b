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
 * older than {@code bmis.biometrics.retention-days} are purged daily. The key is replaced by a
 * command ({@code --bmis.biometrics.rotate-key-and-exit=true}, {@link
 * org.openbmis.app.biometrics.KeyRotationOnStartup}) that re-seals every record from {@code
 * bmis.biometrics.previous-key} to the new key, and can be run again to finish a stopped rotation.
 *
 * <p>Enrolled references are never overwritten: a new enrolment outside an inspection (with a
 * required reason) for a traveller who already has prints becomes a {@link
 * org.openbmis.app.biometrics.ChangeRequest} ({@link
 * org.openbmis.app.biometrics.ChangeSubmission}): the new prints are stored pending beside the
 * current ones, compared with them and searched 1:N (a match with another traveller is a flag and a
 * duplicate case). {@link org.openbmis.app.biometrics.ChangeRequestService} lets a supervisor of
 * the enrolling post or headquarters ({@link org.openbmis.app.biometrics.ChangeApprovers}) approve
 * (new prints current, old ones history) or reject (old ones stay); until then 1:1 checks compare
 * with both and say which matched. Photos are decoded and re-encoded before storage ({@link
 * org.openbmis.app.biometrics.PhotoEncoder}).
 *
 * <p>The desk calls {@link org.openbmis.app.biometrics.BiometricDeskService#checkAtDesk}. Devices
 * sit behind {@link org.openbmis.app.biometrics.FingerprintScanner} and {@link
 * org.openbmis.app.biometrics.Camera}, with simulators reading files. Tables: {@code
 * bio_fingerprint}, {@code bio_missing_finger}, {@code bio_face}, {@code bio_alert_fingerprint},
 * {@code bio_duplicate_case}, {@code bio_change_request}.
 */
package org.openbmis.app.biometrics;
