/**
 * Fingerprint capture and matching for the border post, free of any framework.
 *
 * <p>A handful of public types over a hidden engine: {@link
 * org.openbmis.biometrics.FingerprintImageReader} decodes PNG, JPEG, BMP and WSQ (recognised by
 * content) into greyscale {@link org.openbmis.biometrics.FingerprintImage}s at 500 ppi; {@link
 * org.openbmis.biometrics.FingerprintEngine} (default {@link
 * org.openbmis.biometrics.SourceAfisEngine}) extracts, serialises, imports and exports templates
 * (ISO/IEC 19794-2, ANSI INCITS 378) and builds one {@link org.openbmis.biometrics.ProbeMatcher}
 * per probe; {@link org.openbmis.biometrics.FingerprintCapture} adds quality ({@link
 * org.openbmis.biometrics.FingerQualityAssessor}) and rejects non-fingerprints; {@link
 * org.openbmis.biometrics.FingerprintVerifier} decides 1:1 over several fingers and {@link
 * org.openbmis.biometrics.FingerprintGallery} searches 1:N in memory. Rejected input raises {@link
 * org.openbmis.biometrics.BiometricInputException} with a stable code, never an unchecked crash of
 * a decoder. Sub-packages: {@code ansinist} (ANSI/NIST-ITL files), {@code face} (portrait checks),
 * {@code crypto} (AES-GCM at rest).
 */
package org.openbmis.biometrics;
