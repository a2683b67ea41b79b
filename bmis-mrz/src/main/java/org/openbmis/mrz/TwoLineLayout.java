package org.openbmis.mrz;

import static org.openbmis.mrz.FieldSpec.Kind.ALNUM;
import static org.openbmis.mrz.FieldSpec.Kind.CODE;
import static org.openbmis.mrz.FieldSpec.Kind.DATE;
import static org.openbmis.mrz.FieldSpec.Kind.DIGITS;
import static org.openbmis.mrz.FieldSpec.Kind.NAME;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The two-line ICAO layouts TD3 (Doc 9303 Part 4 section 4.2.2), TD2 (Part 6 section 4.2.2), MRV-A
 * and MRV-B (Part 7 sections 4.2.2 and 5.2.2). Line 1: code 0-1, state 2-4, name 5-end. Line 2:
 * document number 0-8, check 9, nationality 10-12, birth 13-18, check 19, sex 20, expiry 21-26,
 * check 27, then: TD3 personal number 28-41, check 42, composite 43; TD2 optional 28-34, composite
 * 35; MRV-A optional 28-43; MRV-B optional 28-35. Composite over 0-9, 13-19 and 21 to the column
 * before it.
 */
final class TwoLineLayout implements Layout {
  private final MrzFormat format;
  private final int length;
  private final boolean composite;
  private final List<FieldSpec> fields;

  TwoLineLayout(MrzFormat format) {
    this.format = format;
    this.length = format == MrzFormat.TD3 || format == MrzFormat.MRVA ? 44 : 36;
    this.composite = format == MrzFormat.TD3 || format == MrzFormat.TD2;
    this.fields = buildFields();
  }

  private List<FieldSpec> buildFields() {
    List<FieldSpec> f = new ArrayList<>();
    f.add(new FieldSpec("documentCode", 0, 0, 2, CODE));
    f.add(new FieldSpec("issuingState", 0, 2, 5, CODE));
    f.add(new FieldSpec("name", 0, 5, length, NAME));
    f.add(new FieldSpec("documentNumber", 1, 0, 9, ALNUM));
    f.add(new FieldSpec("documentNumber.checkDigit", 1, 9, 10, DIGITS));
    f.add(new FieldSpec("nationality", 1, 10, 13, CODE));
    f.add(new FieldSpec("dateOfBirth", 1, 13, 19, DATE));
    f.add(new FieldSpec("dateOfExpiry", 1, 21, 27, DATE));
    int optionalEnd = format == MrzFormat.TD3 ? 42 : composite ? length - 1 : length;
    f.add(new FieldSpec("optionalData", 1, 28, optionalEnd, ALNUM));
    if (format == MrzFormat.TD3) {
      f.add(new FieldSpec("optionalData.checkDigit", 1, 42, 43, DIGITS));
    }
    if (composite) {
      f.add(new FieldSpec("composite.checkDigit", 1, length - 1, length, DIGITS));
    }
    return List.copyOf(f);
  }

  @Override
  public MrzFormat format() {
    return format;
  }

  @Override
  public List<FieldSpec> fields() {
    return fields;
  }

  @Override
  public RawMrz read(String[] lines) {
    String l1 = lines[0];
    String l2 = lines[1];
    int optionalEnd = composite ? length - 1 : length;
    String optional = l2.substring(28, format == MrzFormat.TD3 ? 42 : optionalEnd);
    DocumentNumbers.Read doc =
        DocumentNumbers.read(l2.substring(0, 9), l2.charAt(9), optional, format == MrzFormat.TD2);
    Map<CheckedField, CheckDigitResult> checks = new EnumMap<>(CheckedField.class);
    checks.put(CheckedField.DOCUMENT_NUMBER, doc.check());
    String birth = l2.substring(13, 19);
    String expiry = l2.substring(21, 27);
    checks.put(
        CheckedField.DATE_OF_BIRTH, Checks.date(CheckedField.DATE_OF_BIRTH, birth, l2.charAt(19)));
    checks.put(
        CheckedField.DATE_OF_EXPIRY,
        Checks.date(CheckedField.DATE_OF_EXPIRY, expiry, l2.charAt(27)));
    if (format == MrzFormat.TD3) {
      checks.put(CheckedField.OPTIONAL_DATA, Checks.personalNumber(optional, l2.charAt(42)));
    }
    if (composite) {
      String data = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, length - 1);
      checks.put(
          CheckedField.COMPOSITE, Checks.of(CheckedField.COMPOSITE, data, l2.charAt(length - 1)));
    }
    String[] name = MrzText.splitName(l1.substring(5));
    return new RawMrz(
        MrzText.stripTrailingFillers(l1.substring(0, 2)),
        l1.substring(2, 5),
        doc.number(),
        name[0],
        name[1],
        l2.substring(10, 13),
        birth,
        l2.charAt(20),
        expiry,
        MrzText.optional(doc.optionalRest()),
        "",
        checks);
  }
}
