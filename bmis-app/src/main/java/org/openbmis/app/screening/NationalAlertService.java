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
 * maker can never approve their own change.
 */
@Service
public class NationalAlertService {

  private final AlertListRepository listRows;
  private final PersonAlertRepository persons;
  private final AlertChangeRepository changes;
  private final AuditLog audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  NationalAlertService(
      AlertListRepository listRows,
      PersonAlertRepository persons,
      AlertChangeRepository changes,
      AuditLog audit,
      Clock clock,
      ApplicationEventPublisher events) {
    this.listRows = listRows;
    this.persons = persons;
    this.changes = changes;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  /** Proposes a new alert or a new version of one (same source id); pending until approved. */
  @PreAuthorize("hasRole('SUPERVISOR')")
  @Transactional
  public AlertChangeView propose(String listCode, NationalAlertCommand cmd, @Nullable String why) {
    var list = personList(listCode);
    boolean hasId = cmd.sourceId() != null && !cmd.sourceId().isBlank();
    String sourceId = hasId ? cmd.sourceId().strip() : "N-" + Uuids.timeOrdered();
    PersonAlert alert = NationalAlerts.toAlert(list.code(), sourceId, list.defaultAction(), cmd);
    var existing = persons.find(list.id(), sourceId).filter(e -> !e.deleted());
    String op = existing.isPresent() ? "UPDATE" : "CREATE";
    return record(list, sourceId, op, StoredAlert.of(alert).json(), why == null ? op : why);
  }

  /** Proposes the removal of an alert, with a reason; pending until approved. */
  @PreAuthorize("hasRole('SUPERVISOR')")
  @Transactional
  public AlertChangeView proposeRemoval(String listCode, String sourceId, @Nullable String why) {
    var list = personList(listCode);
    if (why == null || why.isBlank()) {
      throw new InvalidInputProblem("screening.reason_required", "A removal needs a reason.");
    }
    persons
        .find(list.id(), sourceId)
        .filter(e -> !e.deleted())
        .orElseThrow(() -> new NotFoundProblem("screening.alert_not_found", "No such alert."));
    return record(list, sourceId, "DELETE", null, why);
  }

  @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
  @Transactional(readOnly = true)
  public List<AlertChangeView> changes(@Nullable String status) {
    return changes.search(status, 200);
  }

  /** Approves (effective at once, new list version) or rejects a pending change. */
  @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
  @Transactional
  public AlertChangeView decide(UUID changeId, boolean approve, @Nullable String reason) {
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
    var list =
        listRows
            .find(code)
            .orElseThrow(() -> new NotFoundProblem("screening.list_not_found", "No such list."));
    if (list.kind() != ListKind.PERSON) {
      throw new BusinessRuleProblem("screening.not_person_list", "This is a document list.");
    }
    return list;
  }
}
