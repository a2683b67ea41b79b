package org.openbmis.screening.imports;

import java.util.ArrayList;
import java.util.List;

/** Mutable counters behind an {@link ImportReport}. */
final class ImportLog {
  private final String format;
  private final List<RejectedRow> rejections = new ArrayList<>();
  private int read;
  private int added;
  private int skipped;
  private int rejected;

  ImportLog(String format) {
    this.format = format;
  }

  void read() {
    read++;
  }

  void added() {
    added++;
  }

  void skipped() {
    skipped++;
  }

  /** Counts a rejection; the location and reason are cut (a reason may quote the file). */
  void reject(String location, String reason) {
    rejected++;
    if (rejections.size() < ImportReport.MAX_DETAILS) {
      rejections.add(
          new RejectedRow(ImportLimits.cut(location, 120), ImportLimits.cut(reason, 300)));
    }
  }

  ImportReport report() {
    return new ImportReport(format, read, added, skipped, rejected, rejections);
  }
}
