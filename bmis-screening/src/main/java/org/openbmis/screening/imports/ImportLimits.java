package org.openbmis.screening.imports;

import org.openbmis.screening.AlertName;
import org.openbmis.screening.IdentityDocument;
import org.openbmis.screening.PersonAlert;

/**
 * What one record of an imported file may hold. A record beyond these bounds is a bad record: it is
 * rejected with its location and the import goes on. The readers never keep more than {@link
 * #MAX_FIELD} characters of a field (or {@link #MAX_LINE} of a line) in memory, whatever the file
 * holds, and an XML record nested deeper than {@link #MAX_DEPTH} ends the import (the file is
 * broken, not one record).
 */
public final class ImportLimits {
  /** Characters in one field (a name, a reason, a document number, a CSV cell). */
  public static final int MAX_FIELD = 10_000;

  /** Characters in a source id. */
  public static final int MAX_SOURCE_ID = 100;

  /** Fields in one CSV record. */
  public static final int MAX_FIELDS = 1_000;

  /** Characters in one line of a line-based format (FollowTheMoney JSON lines, document CSV). */
  public static final int MAX_LINE = 1_000_000;

  /** Element depth inside one XML record. */
  public static final int MAX_DEPTH = 64;

  /** The rejection reason when a field is too long. */
  static final String FIELD_TOO_LONG = "a field is longer than " + MAX_FIELD + " characters";

  private ImportLimits() {}

  /**
   * Checks the text fields of an alert.
   *
   * @param a the alert
   * @return the alert
   * @throws IllegalArgumentException naming the field that is too long
   */
  static PersonAlert bounded(PersonAlert a) {
    if (a.sourceId().length() > MAX_SOURCE_ID) {
      throw new IllegalArgumentException("source id longer than " + MAX_SOURCE_ID + " characters");
    }
    for (AlertName n : a.names()) {
      field("a name", n.value());
    }
    field("reason", a.reason());
    field("issuing agency", a.issuingAgency());
    for (IdentityDocument d : a.documents()) {
      field("a document number", d.number());
      field("a document type", d.type());
      field("a document state", d.issuingState());
    }
    return a;
  }

  static void field(String what, String value) {
    if (value != null && value.length() > MAX_FIELD) {
      throw new IllegalArgumentException(what + " is longer than " + MAX_FIELD + " characters");
    }
  }

  /** Cuts a text quoted in a rejection (a reason may quote the file's content). */
  static String cut(String s, int max) {
    if (s == null) {
      return "";
    }
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }
}
