package org.openbmis.app.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.screening.imports.ImportReport;

/** Joins the reader's report (read, skipped, rejected) and the database diff into a result. */
final class ImportResults {

  private ImportResults() {}

  static ImportResult of(
      String list, int oldVersion, ImportFormat format, ImportReport r, ImportCounts c) {
    List<ImportResult.Rejection> rejections = new ArrayList<>();
    r.rejections()
        .forEach(x -> rejections.add(new ImportResult.Rejection(x.location(), x.reason())));
    rejections.addAll(c.duplicates);
    boolean changed = c.anyChange();
    return new ImportResult(
        list,
        changed ? oldVersion + 1 : oldVersion,
        changed,
        format.code(),
        r.read(),
        c.added,
        c.changed,
        c.removed,
        c.unchanged,
        r.skipped(),
        r.rejected(),
        rejections);
  }

  /**
   * A file that could not be read to its end (or held no record) must not remove the alerts it did
   * not reach: the import is refused (422) and rolled back.
   */
  static void requireComplete(ImportReport r) {
    var fatal =
        r.rejections().stream()
            .filter(x -> x.reason().contains("import stopped") || x.reason().contains("unreadable"))
            .findFirst();
    if (fatal.isPresent()) {
      throw new InvalidInputProblem(
          "screening.import_broken", "The file is broken: " + fatal.get().reason());
    }
    if (r.read() == 0) {
      throw new InvalidInputProblem(
          "screening.import_empty", "The file holds no record in the format " + r.format() + ".");
    }
  }

  static ListVersionView version(ImportResult r, Instant at, String by) {
    return new ListVersionView(
        r.list(),
        r.listVersion(),
        r.newVersion() ? "IMPORT" : "IMPORT_SAME",
        r.format(),
        at,
        by,
        r.read(),
        r.added(),
        r.changed(),
        r.removed(),
        r.unchanged(),
        r.skipped(),
        r.rejected(),
        r.rejections().stream().limit(200).map(x -> x.location() + ": " + x.reason()).toList());
  }

  static String summary(ImportResult r) {
    return String.format(
        "%s v%d read %d added %d changed %d removed %d unchanged %d skipped %d rejected %d",
        r.format(),
        r.listVersion(),
        r.read(),
        r.added(),
        r.changed(),
        r.removed(),
        r.unchanged(),
        r.skipped(),
        r.rejected());
  }
}
