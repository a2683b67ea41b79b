/**
 * ANSI/NIST-ITL transaction files: reading Type 3, 4 and 14 fingerprint records and missing fingers
 * (14.018), walking every other record type, and writing a minimal Type 1 + Type 14 file.
 */
package org.openbmis.biometrics.ansinist;
