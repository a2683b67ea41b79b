package org.openbmis.biometrics;

/** What the officer should do with a captured print. */
public enum QualityVerdict {
  /** Keep the print. */
  GOOD,
  /** Keep the print; a recapture may still improve matching. */
  ACCEPTABLE,
  /** Prompt for a recapture. */
  POOR
}
