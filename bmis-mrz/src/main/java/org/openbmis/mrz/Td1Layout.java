package org.openbmis.mrz;

import static org.openbmis.mrz.FieldSpec.Kind.ALNUM;
import static org.openbmis.mrz.FieldSpec.Kind.CODE;
import static org.openbmis.mrz.FieldSpec.Kind.DATE;
import static org.openbmis.mrz.FieldSpec.Kind.DIGITS;
import static org.openbmis.mrz.FieldSpec.Kind.NAME;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * TD1, 3 lines of 30 (Doc 9303 Part 5 section 4.2.2). Line 1: code 0-1, state 2-4, document number
 * 5-13, check 14, optional data 15-29. Line 2: birth 0-5, check 6, sex 7, expiry 8-13, check 14,
 * nationality 15-17, optional data 18-28, composite 29 over line 1 5-29, line 2 0-6, 8-14, 18-28.
 * Line 3: name.
 */
final class Td1Layout implements Layout {
  private static final List<FieldSpec> FIELDS =
      List.of(
          new FieldSpec("documentCode", 0, 0, 2, CODE),
          new FieldSpec("issuingState", 0, 2, 5, CODE),
          new FieldSpec("documentNumber", 0, 5, 14, ALNUM),
          new FieldSpec("documentNumber.checkDigit", 0, 14, 15, DIGITS),
          new FieldSpec("optionalData", 0, 15, 30, ALNUM),
          new FieldSpec("dateOfBirth", 1, 0, 6, DATE),
          new FieldSpec("dateOfExpiry", 1, 8, 14, DATE),
          new FieldSpec("nationality", 1, 15, 18, CODE),
          new FieldSpec("optionalData2", 1, 18, 29, ALNUM),
          new FieldSpec("composite.checkDigit", 1, 29, 30, DIGITS),
          new FieldSpec("name", 2, 0, 30, NAME));

  @Override
  public MrzFormat format() {
    return MrzFormat.TD1;
  }

  @Override
  public List<FieldSpec> fields() {
    return FIELDS;
  }

  @Override
  public RawMrz read(String[] lines) {
    String l1 = lines[0];
    String l2 = lines[1];
    DocumentNumbers.Read doc =
        DocumentNumbers.read(l1.substring(5, 14), l1.charAt(14), l1.substring(15, 30), true);
    Map<CheckedField, CheckDigitResult> checks = new EnumMap<>(CheckedField.class);
    checks.put(CheckedField.DOCUMENT_NUMBER, doc.check());
    String birth = l2.substring(0, 6);
    String expiry = l2.substring(8, 14);
    checks.put(
        CheckedField.DATE_OF_BIRTH, Checks.date(CheckedField.DATE_OF_BIRTH, birth, l2.charAt(6)));
    checks.put(
        CheckedField.DATE_OF_EXPIRY,
        Checks.date(CheckedField.DATE_OF_EXPIRY, expiry, l2.charAt(14)));
    String composite =
        l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29);
    checks.put(CheckedField.COMPOSITE, Checks.of(CheckedField.COMPOSITE, composite, l2.charAt(29)));
    String[] name = MrzText.splitName(lines[2]);
    return new RawMrz(
        MrzText.stripTrailingFillers(l1.substring(0, 2)),
        l1.substring(2, 5),
        doc.number(),
        name[0],
        name[1],
        l2.substring(15, 18),
        birth,
        l2.charAt(7),
        expiry,
        MrzText.optional(doc.optionalRest()),
        MrzText.optional(l2.substring(18, 29)),
        checks);
  }
}
