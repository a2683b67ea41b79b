package org.openbmis.biometrics;

/** Scores of one probe finger against a gallery snapshot; NaN where not compared. */
record ProbeScores(FingerPosition position, double[] scores) {}
