package org.openbmis.app.movement;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.document.DocumentReading;
import org.openbmis.app.pki.ChipResult;
import org.openbmis.app.shared.AccessDeniedProblem;
import org.openbmis.app.shared.BusinessRuleProblem;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.Role;
import org.openbmis.app.visa.EntryAssessment;
import org.openbmis.app.visa.Reason;
import org.openbmis.chip.ChipProblem;

/**
 * The desk's decision rules, in one place and without I/O: what blocks admission, what only warns,
 * what the inspection proposes, and which crossing a decision records. The inspection screen, the
 * API and secondary inspection all ask this policy; {@link MovementService} only gathers the facts,
 * calls it, saves, audits and publishes (ADR 0011).
 *
 * <p>Blocking: a document that is not valid (a failed check digit, an invalid date), an expired
 * document (a home national's too: secondary verifies the nationality and admits), a document or
 * person alert whose action blocks, and on entry a required visa that is missing or not valid, or
 * an entry the rules refuse (nationality not admitted, document type not accepted, allowance used
 * up). Warnings only: a refusal in the last 30 days, an overstay on a previous stay, a document
 * expiring soon, a minor without a linked guardian.
 */
final class DecisionPolicy {

  /** Days in which an earlier refusal is shown as a recent refusal. */
  static final int RECENT_REFUSAL_DAYS = 30;

  /** Age under which a traveller is a minor. */
  static final int MAJORITY = 18;

  private DecisionPolicy() {}

  /**
   * The facts an inspection is decided on, gathered before the decision.
   *
   * @param document the document as read (or keyed in)
   * @param direction the direction of the crossing
   * @param national a home national
   * @param today the post's local date
   * @param history the traveller's recent movements, newest first
   * @param entry the admission assessment of an entry (null for nationals and exits)
   * @param blockingHits the lists of the open alert hits that block admission
   */
  record Facts(
      DocumentReading document,
      Direction direction,
      boolean national,
      LocalDate today,
      List<MovementSummary> history,
      @Nullable EntryAssessment entry,
      List<String> blockingHits) {}

  /** What the inspection proposes, with the conditions that block and those that only warn. */
  record Assessment(Decision proposed, List<Condition> blocking, List<Condition> warnings) {

    boolean blocks() {
      return !blocking.isEmpty();
    }

    Set<String> codes() {
      return blocking.stream()
          .map(Condition::code)
          .collect(Collectors.toCollection(LinkedHashSet::new));
    }
  }

  /**
   * The conditions of an inspection whose chip was read (issue 23): an INVALID chip and a chip
   * whose DG1 differs from the printed MRZ block admission; a chip of an unknown signer only warns
   * (the issuing state's CSCA is not in the trust store, which says nothing about the passport).
   */
  static Assessment assess(Facts f, @Nullable ChipResult chip) {
    Assessment base = assess(f);
    if (chip == null) {
      return base;
    }
    Assessment extra = chipConditions(chip);
    List<Condition> blocking = new ArrayList<>(base.blocking());
    blocking.addAll(extra.blocking());
    List<Condition> warnings = new ArrayList<>(base.warnings());
    warnings.addAll(extra.warnings());
    Decision proposed = blocking.isEmpty() ? base.proposed() : Decision.REFERRED;
    return new Assessment(proposed, List.copyOf(blocking), List.copyOf(warnings));
  }

  /** The chip's own conditions: what it blocks and what it only warns. */
  static Assessment chipConditions(ChipResult chip) {
    List<Condition> blocking = new ArrayList<>();
    List<Condition> warnings = new ArrayList<>();
    if ("INVALID".equals(chip.status())) {
      String why =
          chip.problems().stream()
              .map(ChipProblem::code)
              .filter(c -> !c.equals("chip.mrz_mismatch"))
              .collect(Collectors.joining(", "));
      blocking.add(
          new Condition(
              "chip.invalid",
              "The chip failed passive authentication"
                  + (why.isEmpty() ? "." : " (" + why + ").")));
    } else if ("UNKNOWN_SIGNER".equals(chip.status())) {
      warnings.add(
          new Condition(
              "chip.unknown_signer", "No trusted CSCA issued the chip's document signer."));
    }
    if ("FAILED".equals(chip.activeAuthentication())) {
      // reported by the desk agent and not kept with the inspection row, so not re-checked at the
      // decision: a warning, not a blocking condition (ADR 0026)
      warnings.add(
          new Condition(
              "chip.active_authentication_failed",
              "The chip failed active authentication: it may be a clone."));
    }
    if (Boolean.FALSE.equals(chip.mrzMatches())) {
      blocking.add(
          new Condition("chip.mrz_mismatch", "The chip's MRZ differs from the printed page."));
    }
    return new Assessment(
        blocking.isEmpty() ? Decision.ADMITTED : Decision.REFERRED,
        List.copyOf(blocking),
        List.copyOf(warnings));
  }

  /**
   * The crossing a decision records. {@code referral}: no movement, a secondary case opens with the
   * blocking conditions as its reasons. {@code override}: admitted in spite of them.
   */
  record Crossing(
      Decision decision,
      boolean referral,
      @Nullable DecisionOverride override,
      List<Condition> conditions) {}

  /** The conditions of an inspection and the decision to propose. */
  static Assessment assess(Facts f) {
    List<Condition> blocking = new ArrayList<>();
    List<Condition> warnings = new ArrayList<>();
    documentConditions(f, blocking, warnings);
    if (!f.blockingHits().isEmpty()) {
      blocking.add(
          new Condition(
              "screening.blocking_hit",
              "An alert hit requires secondary inspection ("
                  + String.join(", ", new LinkedHashSet<>(f.blockingHits()))
                  + ")."));
    }
    EntryAssessment a = f.entry();
    if (f.direction() == Direction.ENTRY && !f.national() && a != null) {
      if (a.refused()) {
        blocking.add(
            new Condition("visa.entry_refused", text(a.reasons(), "The rules refuse entry.")));
      } else if (a.visaMissing()) {
        blocking.add(
            new Condition(
                "visa.missing",
                a.visaOnArrivalAvailable()
                    ? "A visa is required and none is valid; a visa on arrival can be issued."
                    : "A visa is required and none is valid."));
      }
      if (a.overstay() != null) {
        warnings.add(new Condition("visa.previous_overstay", "Overstayed on a previous stay."));
      }
    }
    recentRefusal(f).ifPresent(warnings::add);
    minor(f).ifPresent(warnings::add);
    Decision proposed = blocking.isEmpty() ? Decision.ADMITTED : Decision.REFERRED;
    return new Assessment(proposed, List.copyOf(blocking), List.copyOf(warnings));
  }

  /**
   * The crossing to record for a decision, or the problem that stops it: a refusal without a
   * reason, or on other grounds without remarks (400); an admission with blocking conditions and no
   * override (422 {@code movement.override_required}); an override that does not name every
   * blocking condition or gives no reason (400); an override by a role the post does not allow (403
   * {@code movement.override_not_permitted}).
   */
  static Crossing decide(
      Assessment assessment, DecisionCommand cmd, Set<Role> roles, Set<Role> overrideRoles) {
    Decision d = cmd.decision();
    if (d.referral()) {
      return new Crossing(Decision.REFERRED, true, null, assessment.blocking());
    }
    if (d == Decision.REFUSED) {
      requireRefusalGrounds(cmd.refusalReason(), cmd.remarks());
      return new Crossing(Decision.REFUSED, false, null, assessment.blocking());
    }
    if (!assessment.blocks()) {
      return new Crossing(Decision.ADMITTED, false, null, List.of());
    }
    DecisionOverride o = cmd.override();
    if (o == null) {
      throw new BusinessRuleProblem(
              "movement.override_required",
              "Admission is blocked by "
                  + String.join(", ", assessment.codes())
                  + ": refer the traveller to secondary inspection, or override with a reason.")
          .detail("codes", List.copyOf(assessment.codes()))
          .detail("blocking", assessment.blocking());
    }
    requireOverrideAllowed(roles, overrideRoles);
    Set<String> missing = new LinkedHashSet<>(assessment.codes());
    o.codeList().forEach(missing::remove);
    if (!missing.isEmpty()) {
      throw invalid(
          "override.codes",
          "movement.override_codes",
          "The override must name every blocking condition; missing: "
              + String.join(", ", missing)
              + ".");
    }
    if (o.reason() == null || o.reason().isBlank()) {
      throw invalid("override.reason", "movement.override_reason", "An override needs a reason.");
    }
    DecisionOverride kept =
        new DecisionOverride(List.copyOf(assessment.codes()), o.reason().strip());
    return new Crossing(Decision.ADMITTED, false, kept, assessment.blocking());
  }

  /** A refusal needs a reason; refusal on other grounds (J) needs remarks. */
  static void requireRefusalGrounds(@Nullable RefusalReason reason, @Nullable String remarks) {
    if (reason == null) {
      throw invalid(
          "refusalReason", "movement.refusal_reason_required", "A refusal needs a reason.");
    }
    if (reason == RefusalReason.J && (remarks == null || remarks.isBlank())) {
      throw invalid(
          "remarks", "movement.remarks_required", "Other grounds for refusal need remarks.");
    }
  }

  /** Whether one of the roles may override blocking conditions under the post's policy. */
  static boolean mayOverride(Set<Role> roles, Set<Role> overrideRoles) {
    return roles.stream().anyMatch(overrideRoles::contains);
  }

  private static void requireOverrideAllowed(Set<Role> roles, Set<Role> overrideRoles) {
    if (!mayOverride(roles, overrideRoles)) {
      throw new AccessDeniedProblem(
          "movement.override_not_permitted",
          "Your role may not override blocking conditions at this post: refer the traveller to"
              + " secondary inspection.");
    }
  }

  private static void documentConditions(
      Facts f, List<Condition> blocking, List<Condition> warnings) {
    DocumentReading d = f.document();
    f.document()
        .checkDigits()
        .forEach(
            (field, ok) -> {
              if (!ok) {
                blocking.add(
                    new Condition(
                        "document.check_digit_invalid",
                        "The check digit of " + field + " is wrong."));
              }
            });
    d.problems().stream()
        .filter(p -> p.code().equals("mrz.date_invalid"))
        .forEach(p -> blocking.add(new Condition("document.date_invalid", p.message())));
    if (d.dateOfExpiry() != null && d.dateOfExpiry().isBefore(f.today())) {
      // nationals too: an expired passport does not prove nationality by itself; secondary
      // verifies it and admits them (a state admits its own nationals)
      blocking.add(
          new Condition("document.expired", "The document expired on " + d.dateOfExpiry() + "."));
    }
  }

  private static java.util.Optional<Condition> recentRefusal(Facts f) {
    LocalDate since = f.today().minusDays(RECENT_REFUSAL_DAYS);
    return f.history().stream()
        .filter(m -> m.decision() == Decision.REFUSED && !m.localDate().isBefore(since))
        .findFirst()
        .map(
            m ->
                new Condition(
                    "movement.recent_refusal",
                    "Refused on " + m.localDate() + " at " + m.postCode() + "."));
  }

  private static java.util.Optional<Condition> minor(Facts f) {
    LocalDate born = f.document().dateOfBirth();
    if (born == null || Period.between(born, f.today()).getYears() >= MAJORITY) {
      return java.util.Optional.empty();
    }
    boolean linked = f.entry() != null && !f.entry().guardians().isEmpty();
    return linked
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            new Condition(
                "movement.minor_without_guardian",
                "A minor with no accompanying adult linked: check who they travel with."));
  }

  private static String text(List<Reason> reasons, String fallback) {
    return reasons.isEmpty()
        ? fallback
        : String.join(" ", reasons.stream().map(Reason::message).toList());
  }

  private static InvalidInputProblem invalid(String field, String code, String message) {
    return new InvalidInputProblem(
        code, message, List.of(new InvalidInputProblem.FieldError(field, code, message)));
  }
}
