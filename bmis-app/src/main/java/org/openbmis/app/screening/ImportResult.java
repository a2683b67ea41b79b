package org.openbmis.app.screening;

import java.util.List;

/**
 * What an import did. {@code listVersion} is the version after the import: unchanged when the file
 * brought nothing new (an idempotent re-import), one more otherwise.
 */
public record ImportResult(
    String list,
    int listVersion,
    boolean newVersion,
    String format,
    int read,
    int added,
    int changed,
    int removed,
    int unchanged,
    int skipped,
    int rejected,
    List<Rejection> rejections) {

  /** A row the import did not take, and why. */
  public record Rejection(String location, String reason) {}
}
