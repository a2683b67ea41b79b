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
 * The French national identity card issued before 2021 (2 x 36, not an ICAO layout). Line 1: code
 * 0-1 ({@code ID}), state 2-4 ({@code FRA}), surname 5-29, administrative code 30-35. Line 2:
 * document number 0-11 (issue YYMM 0-3, department 4-6, serial 7-11), check 12, given names 13-26
 * (separated by {@code <<}), birth 27-32, check 33, sex 34, composite 35 over line 1 and line 2
 * 0-34. No nationality field (French nationals only) and no expiry date.
 */
final class FrenchIdLayout implements Layout {
  private static final List<FieldSpec> FIELDS =
      List.of(
          new FieldSpec("documentCode", 0, 0, 2, CODE),
          new FieldSpec("issuingState", 0, 2, 5, CODE),
          new FieldSpec("primaryIdentifier", 0, 5, 30, NAME),
          new FieldSpec("optionalData", 0, 30, 36, ALNUM),
          new FieldSpec("documentNumber.issueMonth", 1, 0, 4, DIGITS),
          new FieldSpec("documentNumber", 1, 4, 7, ALNUM),
          new FieldSpec("documentNumber.serial", 1, 7, 13, DIGITS),
          new FieldSpec("secondaryIdentifier", 1, 13, 27, NAME),
          new FieldSpec("dateOfBirth", 1, 27, 33, DATE),
          new FieldSpec("composite.checkDigit", 1, 35, 36, DIGITS));

  @Override
  public MrzFormat format() {
    return MrzFormat.FRENCH_ID;
  }

  @Override
  public List<FieldSpec> fields() {
    return FIELDS;
  }

  @Override
  public RawMrz read(String[] lines) {
    String l1 = lines[0];
    String l2 = lines[1];
    Map<CheckedField, CheckDigitResult> checks = new EnumMap<>(CheckedField.class);
    String number = l2.substring(0, 12);
    checks.put(
        CheckedField.DOCUMENT_NUMBER,
        Checks.of(CheckedField.DOCUMENT_NUMBER, number, l2.charAt(12)));
    String birth = l2.substring(27, 33);
    checks.put(
        CheckedField.DATE_OF_BIRTH, Checks.of(CheckedField.DATE_OF_BIRTH, birth, l2.charAt(33)));
    checks.put(
        CheckedField.COMPOSITE,
        Checks.of(CheckedField.COMPOSITE, l1 + l2.substring(0, 35), l2.charAt(35)));
    return new RawMrz(
        MrzText.stripTrailingFillers(l1.substring(0, 2)),
        l1.substring(2, 5),
        MrzText.stripTrailingFillers(number),
        MrzText.words(l1.substring(5, 30)),
        givenNames(l2.substring(13, 27)),
        "FRA",
        birth,
        l2.charAt(34),
        "",
        MrzText.optional(l1.substring(30, 36)),
        "",
        checks);
  }

  private static String givenNames(String field) {
    String[] parts = MrzText.stripTrailingFillers(field).split("<<+");
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      String w = MrzText.words(p);
      if (!w.isEmpty()) {
        b.append(b.length() == 0 ? "" : ", ").append(w);
      }
    }
    return b.toString();
  }
}
