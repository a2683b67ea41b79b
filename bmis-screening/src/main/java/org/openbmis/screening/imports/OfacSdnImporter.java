package org.openbmis.screening.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.openbmis.screening.AlertAction;
import org.openbmis.screening.NameKind;
import org.openbmis.screening.PersonAlert;
import org.openbmis.screening.PersonAlertBuilder;

/**
 * Reads the OFAC SDN legacy CSV set: {@code sdn.csv} (streamed), with {@code alt.csv} (aliases) and
 * {@code sdn_comments.csv} (remarks overflow) held by ent_num (both are small). No header; {@code
 * -0-} means empty; CRLF and the trailing {@code 0x1A} byte are accepted. Only rows of type {@code
 * individual} become alerts (others are skipped); the source id is the ent_num. Identity data comes
 * from the remarks ({@link OfacRemarks}). {@code add.csv} holds addresses and is not needed for
 * screening.
 */
public final class OfacSdnImporter {
  private final String listCode;
  private final AlertAction action;

  /**
   * An importer.
   *
   * @param listCode the list code given to the alerts, e.g. {@code "OFAC-SDN"}
   * @param action the action of the list
   */
  public OfacSdnImporter(String listCode, AlertAction action) {
    this.listCode = listCode;
    this.action = action;
  }

  /**
   * Imports a directory holding {@code sdn.csv} and optionally {@code alt.csv} and {@code
   * sdn_comments.csv}.
   *
   * @param dir the directory
   * @param sink receives every accepted alert
   * @return the report
   * @throws UncheckedIOException if a file cannot be read
   */
  public ImportReport importDirectory(Path dir, Consumer<PersonAlert> sink) {
    try (InputStream sdn = Files.newInputStream(dir.resolve("sdn.csv"));
        InputStream alt = optional(dir.resolve("alt.csv"));
        InputStream comments = optional(dir.resolve("sdn_comments.csv"))) {
      return importFrom(sdn, alt, comments, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Imports the files.
   *
   * @param sdn {@code sdn.csv}
   * @param alt {@code alt.csv}, or null
   * @param comments {@code sdn_comments.csv}, or null
   * @param sink receives every accepted alert
   * @return the report
   * @throws UncheckedIOException if a stream cannot be read
   */
  public ImportReport importFrom(
      InputStream sdn, InputStream alt, InputStream comments, Consumer<PersonAlert> sink) {
    ImportLog log = new ImportLog("ofac-csv");
    try {
      Map<String, List<String>> aliases = byEntNum(alt, 3, log, "alt.csv");
      Map<String, List<String>> more = byEntNum(comments, 1, log, "sdn_comments.csv");
      CsvReader csv = new CsvReader(reader(sdn));
      for (List<String> row = csv.next(); row != null; row = csv.next()) {
        log.read();
        String where = "sdn.csv line " + csv.recordLine();
        if (csv.oversized()) {
          log.reject(where, ImportLimits.FIELD_TOO_LONG);
          continue;
        }
        if (csv.truncated() || row.size() < 12 || !row.get(0).strip().matches("\\d+")) {
          log.reject(where, "malformed row: expected 12 fields starting with a numeric ent_num");
          continue;
        }
        row(row, aliases, more, log, where, sink);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return log.report();
  }

  private void row(
      List<String> row,
      Map<String, List<String>> aliases,
      Map<String, List<String>> more,
      ImportLog log,
      String where,
      Consumer<PersonAlert> sink) {
    String ent = row.get(0).strip();
    if (!value(row.get(2)).equalsIgnoreCase("individual")) {
      log.skipped();
      return;
    }
    PersonAlertBuilder b = PersonAlert.builder(listCode, ent).action(action);
    b.name(value(row.get(1)), NameKind.PRIMARY);
    aliases.getOrDefault(ent, List.of()).forEach(a -> b.name(a, NameKind.ALIAS));
    if (!b.hasName()) {
      log.reject(where, "ent_num " + ent + " has no name");
      return;
    }
    String remarks = value(row.get(11)) + " " + String.join(" ", more.getOrDefault(ent, List.of()));
    OfacRemarks.apply(remarks, b);
    b.reason("OFAC SDN, program " + value(row.get(3))).issuingAgency("US Treasury OFAC");
    try {
      sink.accept(ImportLimits.bounded(b.build()));
      log.added();
    } catch (IllegalArgumentException e) {
      log.reject(where, e.getMessage());
    }
  }

  private static Map<String, List<String>> byEntNum(
      InputStream in, int column, ImportLog log, String file) throws IOException {
    Map<String, List<String>> map = new HashMap<>();
    if (in == null) {
      return map;
    }
    CsvReader csv = new CsvReader(reader(in));
    for (List<String> row = csv.next(); row != null; row = csv.next()) {
      if (csv.truncated()
          || csv.oversized()
          || row.size() <= column
          || !row.get(0).strip().matches("\\d+")) {
        log.reject(file + " line " + csv.recordLine(), "malformed row");
        continue;
      }
      String v = value(row.get(column));
      if (!v.isEmpty()) {
        map.computeIfAbsent(row.get(0).strip(), k -> new ArrayList<>(2)).add(v);
      }
    }
    return map;
  }

  static String value(String field) {
    String v = field == null ? "" : field.strip();
    return v.equals("-0-") ? "" : v;
  }

  private static Reader reader(InputStream in) {
    return new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  private static InputStream optional(Path p) throws IOException {
    return Files.exists(p) ? Files.newInputStream(p) : null;
  }
}
