package org.openbmis.app.visa;

import java.util.List;

/** The outcome of an e-visa import: the lines accepted and, for each line refused, why. */
public record VisaImportResult(int imported, List<Rejection> rejected) {

  /** A refused line (1 = the header). */
  public record Rejection(int line, String code, String message) {}

  public VisaImportResult {
    rejected = List.copyOf(rejected);
  }
}
