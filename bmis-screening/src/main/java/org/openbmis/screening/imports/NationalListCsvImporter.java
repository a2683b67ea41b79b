package org.openbmis.screening.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.openbmis.mrz.Sex;
import org.openbmis.screening.AlertAction;
import org.openbmis.screening.Confidentiality;
import org.openbmis.screening.DateOfBirth;
import org.openbmis.screening.IdentityDocument;
import org.openbmis.screening.NameKind;
import org.openbmis.screening.PersonAlert;
import org.openbmis.screening.PersonAlertBuilder;

/**
 * Reads a national person list in the OpenBMIS CSV template (documented in {@code
 * bmis-screening/docs-national-list-csv.md}): UTF-8, a header row, one person per row, columns
 * {@code id, surname, given_names, aliases, date_of_birth, nationalities, sex, document_numbers,
 * reason, issuing_agency, action, valid_from, valid_until, confidentiality}; multiple values are
 * separated by {@code |}. Rows with errors (a field over {@link ImportLimits#MAX_FIELD} characters,
 * an unknown country, a bad date...) are rejected with their line and the reason; the import goes
 * on.
 */
public final class NationalListCsvImporter {
  private final String listCode;
  private final AlertAction defaultAction;

  /**
   * An importer.
   *
   * @param listCode the list code
   * @param defaultAction the action for rows with an empty {@code action}
   */
  public NationalListCsvImporter(String listCode, AlertAction defaultAction) {
    this.listCode = listCode;
    this.defaultAction = defaultAction;
  }

  /**
   * Streams the file into a sink.
   *
   * @param csv the file
   * @param sink receives every accepted alert
   * @return the report
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ImportReport importFrom(InputStream csv, Consumer<PersonAlert> sink) {
    ImportLog log = new ImportLog("csv");
    try {
      CsvReader r =
          new CsvReader(
              new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8), 1 << 16));
      List<String> first = r.next();
      CsvHeader h = new CsvHeader(first == null ? List.of() : first);
      if (!h.has("id") || !h.has("surname")) {
        log.reject("line 1", "header must name at least the columns id and surname");
        return log.report();
      }
      for (List<String> row = r.next(); row != null; row = r.next()) {
        log.read();
        if (r.truncated() || r.oversized()) {
          log.reject(
              "line " + r.recordLine(),
              r.oversized() ? ImportLimits.FIELD_TOO_LONG : "unterminated quote");
          continue;
        }
        try {
          sink.accept(ImportLimits.bounded(person(h, row)));
          log.added();
        } catch (IllegalArgumentException e) {
          log.reject("line " + r.recordLine(), e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return log.report();
  }

  private PersonAlert person(CsvHeader h, List<String> row) {
    PersonAlertBuilder b = PersonAlert.builder(listCode, h.get(row, "id"));
    b.name((h.get(row, "given_names") + " " + h.get(row, "surname")).strip(), NameKind.PRIMARY);
    for (String a : split(h.get(row, "aliases"))) {
      b.name(a, NameKind.ALIAS);
    }
    for (String d : split(h.get(row, "date_of_birth"))) {
      String[] range = d.split("\\.\\.");
      b.dateOfBirth(
          range.length == 2
              ? DateOfBirth.range(Integer.parseInt(range[0]), Integer.parseInt(range[1]))
              : DateOfBirth.parse(d));
    }
    for (String n : split(h.get(row, "nationalities"))) {
      b.nationality(
          Countries.standard()
              .alpha3(n)
              .orElseThrow(() -> new IllegalArgumentException("unknown nationality " + n)));
    }
    String sex = h.get(row, "sex");
    b.sex(sex.isEmpty() ? null : Sex.fromMrz(sex.toUpperCase(Locale.ROOT).charAt(0)));
    for (String d : split(h.get(row, "document_numbers"))) {
      int colon = d.lastIndexOf(':');
      b.document(
          colon < 0
              ? new IdentityDocument(d, null, null)
              : new IdentityDocument(d.substring(0, colon), d.substring(colon + 1), null));
    }
    String action = h.get(row, "action");
    b.action(
        action.isEmpty() ? defaultAction : AlertAction.valueOf(action.toUpperCase(Locale.ROOT)));
    String conf = h.get(row, "confidentiality");
    b.confidentiality(
        conf.isEmpty()
            ? Confidentiality.RESTRICTED
            : Confidentiality.valueOf(conf.toUpperCase(Locale.ROOT)));
    b.reason(h.get(row, "reason")).issuingAgency(h.get(row, "issuing_agency"));
    b.validity(date(h.get(row, "valid_from")), date(h.get(row, "valid_until")));
    return b.build();
  }

  private static List<String> split(String s) {
    return s.isEmpty()
        ? List.of()
        : List.of(s.split("\\|")).stream().map(String::strip).filter(x -> !x.isEmpty()).toList();
  }

  private static LocalDate date(String s) {
    try {
      return s.isEmpty() ? null : LocalDate.parse(s);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("invalid date " + s, e);
    }
  }
}
