package org.openbmis.screening.imports;

import java.util.List;

/**
 * What an import did. Rows that are valid but out of scope (entities, vessels in a person list) are
 * counted as skipped, not rejected.
 *
 * @param format the importer, e.g. {@code "un-xml"}
 * @param read records read
 * @param added records passed to the sink
 * @param skipped records out of scope
 * @param rejected records rejected
 * @param rejections the first {@link #MAX_DETAILS} rejections with reasons
 */
public record ImportReport(
    String format, int read, int added, int skipped, int rejected, List<RejectedRow> rejections) {
  /** Rejections listed in detail; beyond that only counted. */
  public static final int MAX_DETAILS = 1000;

  /** Copies the list. */
  public ImportReport {
    rejections = List.copyOf(rejections);
  }
}
