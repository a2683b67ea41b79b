package org.openbmis.app.visa;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads e-visa approvals from CSV (UTF-8, comma-separated, double quotes around values holding
 * commas, one header line naming the columns in any order):
 *
 * <pre>
 * number,type,surname,given_names,date_of_birth,sex,nationality,document_number,issuing_place,
 * valid_from,valid_until,entries,duration_days
 * </pre>
 *
 * Dates are ISO ({@code 2026-05-01}); {@code type} a {@link VisaType}; {@code sex} M, F or X;
 * {@code entries} a number or {@code M} for multiple; {@code given_names} may be empty. At most
 * 10,000 lines; each bad line is rejected with a code, the others are imported.
 */
final class VisaCsv {

  static final List<String> COLUMNS =
      List.of(
          "number",
          "type",
          "surname",
          "given_names",
          "date_of_birth",
          "sex",
          "nationality",
          "document_number",
          "issuing_place",
          "valid_from",
          "valid_until",
          "entries",
          "duration_days");
  static final int MAX_LINES = 10_000;

  record Row(int line, IssueVisaCommand command) {}

  record Parsed(List<Row> rows, List<VisaImportResult.Rejection> rejected) {}

  private VisaCsv() {}

  static Parsed parse(String csv, Validator validator) {
    String[] lines = (csv == null ? "" : csv.replace("\r", "")).split("\n");
    if (lines.length > MAX_LINES + 1) {
      throw new org.openbmis.app.shared.InvalidInputProblem(
          "visa.import_too_large", "At most 10,000 lines.");
    }
    Map<String, Integer> header = header(lines[0]);
    List<Row> rows = new ArrayList<>();
    List<VisaImportResult.Rejection> rejected = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        IssueVisaCommand c = command(split(lines[i]), header);
        for (ConstraintViolation<IssueVisaCommand> v : validator.validate(c)) {
          throw new IllegalArgumentException(v.getPropertyPath() + ": " + v.getMessage());
        }
        rows.add(new Row(i + 1, c));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        rejected.add(new VisaImportResult.Rejection(i + 1, "visa.import_line", e.getMessage()));
      }
    }
    return new Parsed(rows, rejected);
  }

  private static Map<String, Integer> header(String line) {
    List<String> names = split(line.replace("\uFEFF", ""));
    Map<String, Integer> header = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      header.put(names.get(i).trim().toLowerCase(Locale.ROOT), i);
    }
    List<String> missing = COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new org.openbmis.app.shared.InvalidInputProblem(
          "visa.import_header",
          "The header misses the columns " + String.join(", ", missing) + ".");
    }
    return header;
  }

  private static IssueVisaCommand command(List<String> f, Map<String, Integer> h) {
    String entries = get(f, h, "entries");
    return new IssueVisaCommand(
        get(f, h, "number").toUpperCase(Locale.ROOT),
        VisaType.valueOf(get(f, h, "type").toUpperCase(Locale.ROOT)),
        VisaSource.EVISA,
        get(f, h, "surname"),
        get(f, h, "given_names"),
        LocalDate.parse(get(f, h, "date_of_birth")),
        get(f, h, "sex").toUpperCase(Locale.ROOT),
        get(f, h, "nationality").toUpperCase(Locale.ROOT),
        get(f, h, "document_number").toUpperCase(Locale.ROOT),
        get(f, h, "issuing_place"),
        LocalDate.parse(get(f, h, "valid_from")),
        LocalDate.parse(get(f, h, "valid_until")),
        entries.equalsIgnoreCase("M") ? null : Integer.valueOf(entries),
        Integer.valueOf(get(f, h, "duration_days")));
  }

  private static String get(List<String> fields, Map<String, Integer> header, String column) {
    int i = header.get(column);
    if (i >= fields.size()) {
      throw new IllegalArgumentException("missing value for " + column);
    }
    return fields.get(i).trim();
  }

  /** Splits one CSV line, honouring double quotes ("" inside quotes is one quote). */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cur.append('"');
        i++;
      } else if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
