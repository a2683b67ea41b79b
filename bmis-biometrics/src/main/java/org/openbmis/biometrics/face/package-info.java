/**
 * Face photo checks at capture (size, aspect, exposure, sharpness, not blank) and the face detector
 * interface; no offline detector ships with the library.
 */
package org.openbmis.biometrics.face;
