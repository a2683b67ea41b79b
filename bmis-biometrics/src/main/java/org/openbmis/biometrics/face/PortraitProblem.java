package org.openbmis.biometrics.face;

/** A reason to retake a face photo. */
public enum PortraitProblem {
  /** Fewer pixels than the minimum width or height. */
  TOO_SMALL,
  /** Width over height outside the accepted range (portrait or square expected). */
  ASPECT_RATIO,
  /** Nearly uniform: blank, covered lens or a flat colour. */
  UNIFORM,
  /** Mean brightness too low. */
  TOO_DARK,
  /** Mean brightness too high or mostly saturated. */
  TOO_BRIGHT,
  /** Too little edge detail: out of focus or motion blur. */
  BLURRED,
  /** The face detector found no face. */
  NO_FACE,
  /** The face detector found more than one face. */
  SEVERAL_FACES
}
