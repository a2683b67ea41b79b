package org.openbmis.biometrics;

/** Why a finger has no print, as recorded at capture. */
public enum MissingFingerReason {
  /** The finger is amputated (ANSI/NIST amputation code {@code XX}). */
  AMPUTATED,
  /** The finger is bandaged or otherwise temporarily covered. */
  BANDAGED,
  /** The finger exists but cannot be printed (ANSI/NIST code {@code UP}, "unable to print"). */
  UNABLE_TO_PRINT
}
