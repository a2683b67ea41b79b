package org.openbmis.screening.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.openbmis.screening.DocumentAlert;
import org.openbmis.screening.DocumentAlertReason;

/**
 * Streams a bulk CSV of lost and stolen documents (tens of millions of rows, constant memory):
 * UTF-8, header row {@code id,number,issuing_state,document_type,reason,reported_on,source}; {@code
 * reason} is LOST, STOLEN, REVOKED or INVALID; {@code reported_on} is {@code YYYY-MM-DD} or empty.
 * Each row is read, checked and handed to the sink, which should write in batches. A line longer
 * than {@link ImportLimits#MAX_FIELD} characters is rejected unread.
 */
public final class DocumentCsvImporter {
  private final String listCode;

  /**
   * An importer.
   *
   * @param listCode the list code, e.g. {@code "SLTD"}
   */
  public DocumentCsvImporter(String listCode) {
    this.listCode = listCode;
  }

  /**
   * Streams the file into a sink.
   *
   * @param csv the file
   * @param sink receives every accepted alert
   * @return the report (at most {@link ImportReport#MAX_DETAILS} rejections in detail)
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ImportReport importFrom(InputStream csv, Consumer<DocumentAlert> sink) {
    ImportLog log = new ImportLog("document-csv");
    try (Reader in = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
      LineReader r = new LineReader(in, ImportLimits.MAX_FIELD);
      String first = r.next();
      CsvHeader h = new CsvHeader(first == null ? List.of() : CsvLine.split(first));
      if (!h.has("number") || !h.has("issuing_state") || !h.has("id")) {
        log.reject("line 1", "header must name the columns id, number, issuing_state");
        return log.report();
      }
      int lineNo = 1;
      for (String line = r.next(); line != null; line = r.next()) {
        lineNo++;
        if (line.isBlank() || line.equals("\u001a")) {
          continue;
        }
        log.read();
        if (r.tooLong()) {
          log.reject(
              "line " + lineNo, "line longer than " + ImportLimits.MAX_FIELD + " characters");
          continue;
        }
        try {
          sink.accept(document(h, CsvLine.split(line)));
          log.added();
        } catch (IllegalArgumentException | DateTimeParseException e) {
          log.reject("line " + lineNo, e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return log.report();
  }

  private DocumentAlert document(CsvHeader h, List<String> row) {
    String reason = h.get(row, "reason");
    String reported = h.get(row, "reported_on");
    return new DocumentAlert(
        listCode,
        h.get(row, "id"),
        h.get(row, "number"),
        h.get(row, "issuing_state"),
        emptyToNull(h.get(row, "document_type")),
        reason.isEmpty()
            ? DocumentAlertReason.LOST
            : DocumentAlertReason.valueOf(reason.toUpperCase(Locale.ROOT)),
        reported.isEmpty() ? null : LocalDate.parse(reported),
        emptyToNull(h.get(row, "source")));
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
