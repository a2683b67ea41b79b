package org.openbmis.app.screening;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.shared.Uuids;
import org.openbmis.screening.AlertAction;
import org.openbmis.screening.PersonIndex;
import org.openbmis.screening.imports.ImportReport;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alert lists: created and imported by administrators (effective at once, audited), thresholds
 * tuned by administrators, versions and import reports.
 */
@Service
public class AlertListService {

  /**
   * The action of a new list's alerts when none is chosen: a name hit is a probable match, not an
   * identification, so it stops the traveller for secondary inspection, where the identity is
   * established before anyone is refused or arrested (ADR 0021).
   */
  public static final AlertAction DEFAULT_ACTION = AlertAction.REFER_TO_SECONDARY;

  private final AlertListRepository lists;
  private final PersonAlertRepository persons;
  private final DocumentAlertRepository documents;
  private final AuditLog audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  AlertListService(
      AlertListRepository lists,
      PersonAlertRepository persons,
      DocumentAlertRepository documents,
      AuditLog audit,
      Clock clock,
      ApplicationEventPublisher events) {
    this.lists = lists;
    this.persons = persons;
    this.documents = documents;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Creates an empty list (version 0); a second list with the same code is a conflict. Without a
   * default action a list refers to secondary inspection ({@link #DEFAULT_ACTION}, ADR 0021).
   */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public AlertListView create(CreateListCommand cmd) {
    ListValidation.check(cmd);
    String code = cmd.code().strip().toUpperCase(java.util.Locale.ROOT);
    if (lists.find(code).isPresent()) {
      throw new ConflictProblem("screening.list_exists", "A list with this code exists.");
    }
    double threshold = cmd.threshold() == null ? PersonIndex.DEFAULT_THRESHOLD : cmd.threshold();
    var row =
        new AlertListRepository.ListRow(
            Uuids.timeOrdered(),
            code,
            cmd.name().strip(),
            cmd.kind(),
            cmd.defaultAction() == null ? DEFAULT_ACTION : cmd.defaultAction(),
            threshold,
            0,
            clock.instant());
    lists.insert(row, CurrentActor.get().username());
    audit.record(
        "screening.list_created", "alert_list", code, AuditLog.Outcome.SUCCESS, cmd.kind().name());
    events.publishEvent(new AlertListChanged(row.id(), code, 0));
    return view(row);
  }

  @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
  @Transactional(readOnly = true)
  public List<AlertListView> lists() {
    return lists.all().stream().map(this::view).toList();
  }

  @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
  @Transactional(readOnly = true)
  public List<ListVersionView> versions(String code) {
    return lists.versions(row(code), 50);
  }

  /**
   * Imports a published list: records are diffed by source id and content hash; alerts no longer in
   * the file are soft-deleted. A file that changes nothing keeps the list version.
   */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public ImportResult importList(String code, ImportFormat format, InputStream body) {
    var list =
        lists
            .findForUpdate(code)
            .orElseThrow(() -> new NotFoundProblem("screening.list_not_found", "No such list."));
    if (list.kind() == ListKind.DOCUMENT && format != ImportFormat.CSV) {
      throw new InvalidInputProblem(
          "screening.format_not_for_documents",
          "A document list imports the lost and stolen documents CSV (format=csv) only.");
    }
    body = FormatCheck.check(format, body);
    int version = list.version() + 1;
    UUID importId = UUID.randomUUID();
    Instant now = clock.instant();
    String by = CurrentActor.get().username();
    long start = System.nanoTime();
    ImportReport report;
    ImportCounts counts;
    try {
      if (list.kind() == ListKind.PERSON) {
        var change =
            new PersonAlertRepository.Change(
                list.id(), version, by, now, "not in the " + format.code() + " import of " + now);
        var sink = new PersonImportSink(persons, change, importId);
        report = ListFormats.persons(format, list.code(), list.defaultAction(), body, sink);
        ImportResults.requireComplete(report);
        sink.removeUnseen();
        counts = sink.counts;
      } else {
        var sink = new DocumentImportSink(documents, list.id(), version, importId);
        report = ListFormats.documents(format, list.code(), body, sink);
        ImportResults.requireComplete(report);
        sink.removeUnseen("not in the import of " + now);
        counts = sink.counts;
      }
    } catch (UncheckedIOException e) {
      throw new InvalidInputProblem("screening.import_unreadable", "The file could not be read.");
    }
    if (report.read() > 0 && counts.added + counts.changed + counts.unchanged == 0) {
      // every record rejected: no version is written, the transaction rolls back
      throw FormatCheck.nothingAccepted(format, report);
    }
    ImportResult result = ImportResults.of(list.code(), list.version(), format, report, counts);
    lists.insertVersion(list.id(), ImportResults.version(result, now, by));
    if (result.newVersion()) {
      lists.setVersion(list.id(), version, now);
      events.publishEvent(new AlertListChanged(list.id(), list.code(), version));
    }
    audit.record(
        "screening.list_imported",
        "alert_list",
        list.code(),
        AuditLog.Outcome.SUCCESS,
        ImportResults.summary(result) + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    return result;
  }

  /** Changes a list's threshold (0..1), effective at once; audited with old and new value. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public AlertListView changeThreshold(String code, double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new InvalidInputProblem(
          "screening.threshold_invalid", "The threshold must be above 0 and at most 1.");
    }
    var list = row(code);
    lists.setThreshold(list.id(), threshold, clock.instant());
    audit.record(
        "screening.threshold_changed",
        "alert_list",
        code,
        AuditLog.Outcome.SUCCESS,
        list.threshold() + " -> " + threshold);
    events.publishEvent(new AlertListChanged(list.id(), list.code(), list.version()));
    return view(row(code));
  }

  /** The format an import of this list starts from (its last import's, else by kind and code). */
  @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
  @Transactional(readOnly = true)
  public ImportFormat suggestedFormat(AlertListView list) {
    String last =
        lists.versions(row(list.code()), 50).stream()
            .map(ListVersionView::format)
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .orElse(null);
    return FormatCheck.suggested(list, last);
  }

  AlertListRepository.ListRow row(String code) {
    return lists
        .find(code)
        .orElseThrow(() -> new NotFoundProblem("screening.list_not_found", "No such list."));
  }

  private AlertListView view(AlertListRepository.ListRow r) {
    return new AlertListView(
        r.code(),
        r.name(),
        r.kind(),
        r.defaultAction(),
        r.threshold(),
        r.version(),
        lists.entries(r),
        r.updatedAt());
  }
}
