package org.openbmis.app.visa;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.shared.Uuids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entry policy, administered centrally: rules by nationality, document type and purpose, each a
 * version with validity dates. Administrators write; every signed-in user may read.
 */
@Service
public class EntryRuleService {

  private final EntryRuleRepository repo;
  private final AuditLog audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  EntryRuleService(
      EntryRuleRepository repo, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
    this.repo = repo;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Adds a rule. An earlier version of the same key still in force on the new start day ends the
   * day before; the new one gets the next version number.
   */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public EntryRule create(CreateEntryRuleCommand c) {
    LocalDate from = c.validFrom() != null ? c.validFrom() : LocalDate.now(clock);
    String purpose =
        c.purpose() == null || c.purpose().isBlank() ? null : c.purpose().toUpperCase(Locale.ROOT);
    EntryRuleChecks.check(c, from);
    List<EntryRule> versions = repo.versions(c.nationality(), c.documentCategory(), purpose);
    for (EntryRule old : versions) {
      if (old.validUntil() == null || !old.validUntil().isBefore(from)) {
        repo.endValidity(old.id(), from.minusDays(1));
      }
    }
    int version = versions.stream().mapToInt(EntryRule::version).max().orElse(0) + 1;
    EntryRule rule =
        new EntryRule(
            Uuids.timeOrdered(),
            c.nationality(),
            c.documentCategory(),
            purpose,
            c.policy(),
            c.maxDays(),
            c.periodDays(),
            c.daysGranted(),
            c.fee(),
            c.currency(),
            EntryRuleChecks.text(c, purpose),
            from,
            c.validUntil(),
            version,
            clock.instant(),
            CurrentActor.get().username());
    repo.insert(rule);
    events.publishEvent(new EntryRulesChanged(rule.id()));
    audit.record(
        "visa.rule_created",
        "entry_rule",
        rule.id(),
        AuditLog.Outcome.SUCCESS,
        rule.nationality() + " " + rule.policy() + " v" + version);
    return rule;
  }

  /** Ends a rule: it stops applying after yesterday (versions are kept, never deleted). */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public EntryRule end(UUID id) {
    EntryRule rule = rule(id);
    LocalDate yesterday = LocalDate.now(clock).minusDays(1);
    if (rule.validUntil() == null || rule.validUntil().isAfter(yesterday)) {
      repo.endValidity(
          id, yesterday.isBefore(rule.validFrom()) ? rule.validFrom().minusDays(1) : yesterday);
      events.publishEvent(new EntryRulesChanged(id));
    }
    audit.record("visa.rule_ended", "entry_rule", id, AuditLog.Outcome.SUCCESS, null);
    return rule(id);
  }

  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public EntryRule rule(UUID id) {
    return repo.find(id)
        .orElseThrow(() -> new NotFoundProblem("visa.rule_not_found", "No such entry rule."));
  }

  /** Rules (all versions), optionally of one nationality and in force on a day. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<EntryRule> rules(@Nullable String nationality, @Nullable LocalDate inForceOn) {
    String n =
        nationality == null || nationality.isBlank()
            ? null
            : nationality.trim().toUpperCase(Locale.ROOT);
    return repo.list(n, inForceOn);
  }

  /** The rule that applies (no role check: called by the desk assessment). */
  Optional<EntryRule> applicable(
      String nationality, DocumentCategory category, @Nullable String purpose, LocalDate day) {
    return RuleSelection.select(
        repo.forNationality(nationality), nationality, category, purpose, day);
  }

  static InvalidInputProblem invalid(String code, String field, String message) {
    return new InvalidInputProblem(
        code, message, List.of(new InvalidInputProblem.FieldError(field, code, message)));
  }
}
