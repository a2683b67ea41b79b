package org.openbmis.app.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.AccessDeniedProblem;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.BusinessRuleProblem;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.shared.Uuids;
import org.openbmis.screening.PersonAlert;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * National alerts under maker-checker: a supervisor proposes a new alert, a change or a removal; it
 * takes effect (a new list version) only when another supervisor or an administrator approves. The
 * maker can never approve their own change. The same holds for single document alerts (lost,
 * stolen, revoked or invalid) on a document list: a new version of a document alert is a new row
 * and the old one is soft-deleted, so every version stays in {@code scr_document_alert}.
 */
@Service
public class NationalAlertService {

  private final AlertListRepository listRows;
  private final PersonAlertRepository persons;
  private final DocumentAlertRepository documents;
  private final AlertChangeRepository changes;
  private final AuditLog audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  NationalAlertService(
      AlertListRepository listRows,
      PersonAlertRepository persons,
      DocumentAlertRepository documents,
      AlertChangeRepository changes,
      AuditLog audit,
      Clock clock,
      ApplicationEventPublisher events) {
    this.listRows = listRows;
    this.persons = persons;
    this.documents = documents;
    this.changes = changes;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  /** Proposes a new alert or a new version of one (same source id); pending until approved. */
  @PreAuthorize("hasRole('SUPERVISOR')")
  @Transactional
  public AlertChangeView propose(String listCode, NationalAlertCommand cmd, @Nullable String why) {
    AlertInputLimits.check(cmd, why);
    var list = personList(listCode);
    boolean hasId = cmd.sourceId() != null && !cmd.sourceId().isBlank();
    String sourceId = hasId ? cmd.sourceId().strip() : "N-" + Uuids.timeOrdered();
    PersonAlert alert = NationalAlerts.toAlert(list.code(), sourceId, list.defaultAction(), cmd);
    var existing = persons.find(list.id(), sourceId).filter(e -> !e.deleted());
    String op = existing.isPresent() ? "UPDATE" : "CREATE";
    return record(list, sourceId, op, StoredAlert.of(alert).json(), why == null ? op : why);
  }

  /**
   * Proposes a single document alert (lost, stolen, revoked or invalid) or a new version of one
   * (same source id) on a document list; pending until approved.
   */
  @PreAuthorize("hasRole('SUPERVISOR')")
  @Transactional
  public AlertChangeView proposeDocument(
      String listCode, DocumentAlertCommand cmd, @Nullable String why) {
    AlertInputLimits.check(cmd, why);
    var list = list(listCode, ListKind.DOCUMENT);
    boolean hasId = cmd.sourceId() != null && !cmd.sourceId().isBlank();
    String sourceId = hasId ? cmd.sourceId().strip() : "D-" + Uuids.timeOrdered();
    var alert = StoredDocument.validated(list.code(), sourceId, cmd);
    String op = liveDocument(list, sourceId) == null ? "CREATE" : "UPDATE";
    return record(list, sourceId, op, StoredDocument.of(alert).json(), why == null ? op : why);
  }

  /** Proposes the removal of a person or document alert, with a reason; pending until approved. */
  @PreAuthorize("hasRole('SUPERVISOR')")
  @Transactional
  public AlertChangeView proposeRemoval(String listCode, String sourceId, @Nullable String why) {
    AlertInputLimits.checkReason(why);
    var list = list(listCode, null);
    if (why == null || why.isBlank()) {
      throw new InvalidInputProblem("screening.reason_required", "A removal needs a reason.");
    }
    boolean live =
        list.kind() == ListKind.DOCUMENT
            ? liveDocument(list, sourceId) != null
            : persons.find(list.id(), sourceId).filter(e -> !e.deleted()).isPresent();
    if (!live) {
      throw new NotFoundProblem("screening.alert_not_found", "No such alert.");
    }
    return record(list, sourceId, "DELETE", null, why);
  }

  /**
   * Proposed changes with their full content (the checker must see what they approve, whatever the
   * alert's confidentiality: ADR 0005); every read is audited.
   */
  @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
  @Transactional
  public List<AlertChangeView> changes(@Nullable String status) {
    List<AlertChangeView> found = changes.search(status, 200);
    audit.record(
        "screening.changes_read",
        "alert_change",
        null,
        AuditLog.Outcome.SUCCESS,
        found.size() + " changes" + (status == null ? "" : ", " + status));
    return found;
  }

  /** Approves (effective at once, new list version) or rejects a pending change. */
  @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
  @Transactional
  public AlertChangeView decide(UUID changeId, boolean approve, @Nullable String reason) {
    AlertInputLimits.checkReason(reason);
    UUID listId =
        changes
            .listOf(changeId)
            .orElseThrow(
                () -> new NotFoundProblem("screening.change_not_found", "No such change."));
    var list = listRows.findById(listId).orElseThrow();
    listRows.findForUpdate(list.code());
    AlertChangeView c = changes.find(changeId).orElseThrow();
    String by = CurrentActor.get().username();
    if (by.equals(c.madeBy())) {
      audit.record(
          "screening.change_decided",
          "alert_change",
          changeId,
          AuditLog.Outcome.DENIED,
          "maker cannot check");
      throw new AccessDeniedProblem(
          "screening.maker_cannot_check", "A second person must approve this change.");
    }
    if (!"PENDING".equals(c.status())) {
      throw new ConflictProblem("screening.change_decided", "This change is already decided.");
    }
    Instant now = clock.instant();
    int version = listRows.findById(listId).orElseThrow().version() + 1;
    if (approve) {
      apply(list, c, version, by, now);
    }
    changes.decide(
        changeId, approve ? "APPROVED" : "REJECTED", by, now, reason, approve ? version : null);
    audit.record(
        "screening.change_decided",
        "alert_list",
        list.code(),
        AuditLog.Outcome.SUCCESS,
        (approve ? "APPROVED " : "REJECTED ") + c.operation() + " " + c.sourceId());
    return changes.find(changeId).orElseThrow();
  }

  private void apply(
      AlertListRepository.ListRow list, AlertChangeView c, int version, String by, Instant now) {
    if (list.kind() == ListKind.DOCUMENT) {
      applyDocument(list, c, version);
    } else {
      applyPerson(list, c, version, by, now);
    }
    listRows.setVersion(list.id(), version, now);
    listRows.insertVersion(
        list.id(),
        new ListVersionView(
            list.code(),
            version,
            "NATIONAL",
            null,
            now,
            by,
            1,
            "CREATE".equals(c.operation()) ? 1 : 0,
            "UPDATE".equals(c.operation()) ? 1 : 0,
            "DELETE".equals(c.operation()) ? 1 : 0,
            0,
            0,
            0,
            List.of()));
    events.publishEvent(new AlertListChanged(list.id(), list.code(), version));
  }

  private void applyPerson(
      AlertListRepository.ListRow list, AlertChangeView c, int version, String by, Instant now) {
    var change = new PersonAlertRepository.Change(list.id(), version, by, now, c.reason());
    var existing = persons.find(list.id(), c.sourceId());
    if ("DELETE".equals(c.operation())) {
      persons.softDelete(
          existing
              .filter(e -> !e.deleted())
              .orElseThrow(
                  () -> new BusinessRuleProblem("screening.alert_not_found", "The alert is gone.")),
          change);
    } else {
      PersonAlert alert = StoredAlert.parse(c.payload()).toAlert(list.code(), c.sourceId());
      if (existing.isPresent()) {
        persons.update(existing.get(), alert, change, null);
      } else {
        persons.insert(alert, change, null);
      }
    }
  }

  /** A document alert's rows never change: the live one is soft-deleted, a new one inserted. */
  private void applyDocument(AlertListRepository.ListRow list, AlertChangeView c, int version) {
    Long live = liveDocument(list, c.sourceId());
    if ("DELETE".equals(c.operation()) && live == null) {
      throw new BusinessRuleProblem("screening.alert_not_found", "The alert is gone.");
    }
    if (live != null) {
      documents.delete(live, version, cut(c.operation() + " change " + c.id() + ": " + c.reason()));
    }
    if (!"DELETE".equals(c.operation())) {
      documents.insert(
          list.id(),
          StoredDocument.parse(c.payload()).toAlert(list.code(), c.sourceId()),
          version,
          c.id());
    }
  }

  private @Nullable Long liveDocument(AlertListRepository.ListRow list, String sourceId) {
    long[] rid =
        documents.existing(list.id(), List.of(sourceId), new java.util.HashMap<>()).get(sourceId);
    return rid == null ? null : rid[0];
  }

  private static String cut(String s) {
    return s.length() <= 500 ? s : s.substring(0, 500);
  }

  private AlertChangeView record(
      AlertListRepository.ListRow list,
      String sourceId,
      String op,
      @Nullable String payload,
      String why) {
    UUID id = Uuids.timeOrdered();
    changes.insert(
        id,
        list.id(),
        sourceId,
        op,
        payload,
        why.strip(),
        CurrentActor.get().username(),
        clock.instant());
    audit.record(
        "screening.change_proposed",
        "alert_list",
        list.code(),
        AuditLog.Outcome.SUCCESS,
        op + " " + sourceId + " change " + id);
    return changes.find(id).orElseThrow();
  }

  private AlertListRepository.ListRow personList(String code) {
    return list(code, ListKind.PERSON);
  }

  /** The list, of the given kind when not null (422 otherwise). */
  private AlertListRepository.ListRow list(String code, @Nullable ListKind kind) {
    var list =
        listRows
            .find(code)
            .orElseThrow(() -> new NotFoundProblem("screening.list_not_found", "No such list."));
    if (kind == ListKind.PERSON && list.kind() != ListKind.PERSON) {
      throw new BusinessRuleProblem("screening.not_person_list", "This is a document list.");
    }
    if (kind == ListKind.DOCUMENT && list.kind() != ListKind.DOCUMENT) {
      throw new BusinessRuleProblem("screening.not_document_list", "This is a person list.");
    }
    return list;
  }
}
