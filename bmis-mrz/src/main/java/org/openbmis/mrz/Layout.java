package org.openbmis.mrz;

import java.util.List;

/** One MRZ layout: where its fields are and how its check digits are computed. */
interface Layout {

  /** The format read by this layout. */
  MrzFormat format();

  /** Cuts the fields out of lines of the right shape and computes every check digit. */
  RawMrz read(String[] lines);

  /** The fields with their character classes, for OCR correction. */
  List<FieldSpec> fields();
}
