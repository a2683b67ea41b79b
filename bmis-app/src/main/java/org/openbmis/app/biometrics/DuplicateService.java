package org.openbmis.app.biometrics;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Possible duplicate identities for supervisors: list them, confirm or dismiss them. */
@Service
public class DuplicateService {

  private static final String SUPERVISORS = "hasAnyRole('SUPERVISOR','ADMIN')";

  private final DuplicateRepository repo;
  private final AuditLog audit;
  private final Clock clock;

  DuplicateService(DuplicateRepository repo, AuditLog audit, Clock clock) {
    this.repo = repo;
    this.audit = audit;
    this.clock = clock;
  }

  /** Cases of a status (OPEN, CONFIRMED, DISMISSED), newest first, audited. */
  @PreAuthorize(SUPERVISORS)
  @Transactional
  public List<DuplicateCase> cases(String status, int limit) {
    String s = status == null ? "OPEN" : status.toUpperCase(java.util.Locale.ROOT);
    if (!List.of("OPEN", "CONFIRMED", "DISMISSED").contains(s)) {
      throw new InvalidInputProblem("biometrics.case_status", "OPEN, CONFIRMED or DISMISSED.");
    }
    List<DuplicateCase> list = repo.list(s, limit);
    audit.record(
        "biometrics.duplicates_listed",
        "duplicate_case",
        null,
        AuditLog.Outcome.SUCCESS,
        s + " -> " + list.size());
    return list;
  }

  /** Closes an open case: the same person (confirmed) or two people (dismissed). */
  @PreAuthorize(SUPERVISORS)
  @Transactional
  public DuplicateCase resolve(UUID caseId, boolean samePerson, String reason) {
    if (reason == null || reason.isBlank() || reason.length() > 300) {
      throw new InvalidInputProblem("biometrics.reason_required", "Give a reason (300 at most).");
    }
    String status = samePerson ? "CONFIRMED" : "DISMISSED";
    if (!repo.resolve(caseId, status, clock.instant(), CurrentActor.get().username(), reason)) {
      throw new ConflictProblem("biometrics.case_closed", "No open case with this id.");
    }
    audit.record(
        "biometrics.duplicate_resolved",
        "duplicate_case",
        caseId,
        AuditLog.Outcome.SUCCESS,
        status);
    return repo.find(caseId).orElseThrow();
  }
}
