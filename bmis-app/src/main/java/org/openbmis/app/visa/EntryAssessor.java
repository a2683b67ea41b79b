package org.openbmis.app.visa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decides admission from the facts (pure, no database): the rule, the holder's visas, permits and
 * passes, and previous stays. Order: a valid permit, then a valid pass, then the rule's policy; a
 * valid visa authorises whatever the policy (the state issued it).
 */
final class EntryAssessor {

  /** The facts gathered by the service. */
  record Facts(
      LocalDate day,
      @Nullable EntryRule rule,
      List<Visa> visas,
      List<Permit> permits,
      List<Pass> passes,
      List<Stay> previousStays) {}

  private final Facts f;
  private final List<Reason> reasons = new ArrayList<>();
  private @Nullable LocalDate until;
  private @Nullable String basis;
  private boolean visaMissing;
  private boolean onArrival;
  private boolean refused;
  private @Nullable StayCalculation rolling;

  private EntryAssessor(Facts f) {
    this.f = f;
  }

  static EntryAssessment homeNational(String country) {
    return new EntryAssessment(
        true,
        null,
        null,
        null,
        null,
        null,
        null,
        "HOME_NATIONAL",
        false,
        false,
        false,
        null,
        null,
        List.of(),
        null,
        List.of(
            new Reason("visa.home_national", "A national of " + country + ": no rule applies.")));
  }

  static EntryAssessment assess(Facts f) {
    return new EntryAssessor(f).run();
  }

  private EntryAssessment run() {
    EntryRule rule = f.rule();
    if (rule == null) {
      reasons.add(
          new Reason(
              "visa.no_rule", "No entry rule applies to this nationality: the officer decides."));
    } else {
      reasons.add(new Reason("visa.rule", rule.text()));
    }
    Permit permit =
        f.permits().stream()
            .filter(p -> p.kind() != PermitKind.EXTENSION && p.validOn(f.day()))
            .findFirst()
            .orElse(null);
    Pass pass = f.passes().stream().filter(p -> p.validOn(f.day())).findFirst().orElse(null);
    Visa visa = usableVisa();
    if (permit != null) {
      limit(permit.validUntil(), "PERMIT " + permit.kind() + " " + permit.number());
      reasons.add(
          new Reason(
              "visa.permit_valid",
              permit.kind()
                  + " permit "
                  + permit.number()
                  + " valid until "
                  + permit.validUntil()
                  + "."));
    } else if (pass != null) {
      limit(pass.validUntil(), "PASS " + pass.kind() + " " + pass.number());
      limit(f.day().plusDays(pass.maxDays() - 1L), "PASS " + pass.kind() + " " + pass.number());
      reasons.add(
          new Reason(
              "visa.pass_valid",
              pass.kind() + " pass " + pass.number() + ", " + pass.maxDays() + " days at most."));
    } else if (visa != null) {
      visaLimits(visa);
    } else if (rule != null) {
      policy(rule);
    }
    Integer used = rolling == null ? null : rolling.daysUsed();
    Integer remaining = rolling == null ? null : rolling.daysRemaining();
    return new EntryAssessment(
        false,
        rule,
        visa,
        permit,
        pass,
        visa == null ? null : visa.entriesLeft(),
        until,
        basis,
        visaMissing,
        onArrival,
        refused,
        used,
        remaining,
        List.of(),
        null,
        reasons);
  }

  private @Nullable Visa usableVisa() {
    for (Visa v : f.visas()) {
      if (v.validOn(f.day()) && v.hasEntriesLeft()) {
        return v;
      }
    }
    for (Visa v : f.visas()) {
      if (f.day().isAfter(v.validUntil())) {
        reasons.add(
            new Reason(
                "visa.visa_expired", "Visa " + v.number() + " expired on " + v.validUntil() + "."));
      } else if (f.day().isBefore(v.validFrom())) {
        reasons.add(
            new Reason(
                "visa.visa_not_yet_valid",
                "Visa " + v.number() + " is valid from " + v.validFrom() + "."));
      } else {
        reasons.add(
            new Reason("visa.visa_used_up", "Visa " + v.number() + " has no entries left."));
      }
    }
    return null;
  }

  private void visaLimits(Visa v) {
    String b = "VISA " + v.number();
    limit(v.validUntil(), b);
    limit(f.day().plusDays(v.durationDays() - 1L), b);
    String entries =
        v.entriesLeft() == null ? "multiple entries" : v.entriesLeft() + " entries left";
    reasons.add(
        new Reason(
            "visa.visa_valid",
            v.type()
                + " visa "
                + v.number()
                + " valid until "
                + v.validUntil()
                + ", "
                + v.durationDays()
                + " days per stay, "
                + entries
                + "."));
  }

  private void policy(EntryRule rule) {
    switch (rule.policy()) {
      case REFUSED -> {
        refused = true;
        reasons.add(new Reason("visa.nationality_refused", "The entry rule refuses entry."));
      }
      case VISA_REQUIRED -> {
        visaMissing = true;
        reasons.add(
            new Reason("visa.visa_missing", "A visa is required and none valid was found."));
      }
      case VISA_ON_ARRIVAL -> {
        visaMissing = true;
        onArrival = true;
        reasons.add(
            new Reason(
                "visa.on_arrival_available",
                "A visa on arrival can be issued: "
                    + rule.fee()
                    + " "
                    + rule.currency()
                    + ", "
                    + rule.daysGranted()
                    + " days."));
      }
      case VISA_EXEMPT, FREE_MOVEMENT -> exempt(rule);
    }
  }

  private void exempt(EntryRule rule) {
    String b = rule.policy() + " " + rule.nationality();
    if (rule.daysGranted() != null) {
      limit(f.day().plusDays(rule.daysGranted() - 1L), b);
    }
    if (rule.rolling()) {
      rolling =
          StayCalculator.compute(rule.maxDays(), rule.periodDays(), f.previousStays(), f.day());
      if (rolling.latestExitIfEnteringOn() == null) {
        refused = true;
        reasons.add(
            new Reason(
                "visa.rolling_limit_reached",
                rolling.daysUsed()
                    + " days used of "
                    + rule.maxDays()
                    + " in "
                    + rule.periodDays()
                    + ": no day left."));
        return;
      }
      limit(rolling.latestExitIfEnteringOn(), b);
      reasons.add(
          new Reason(
              "visa.rolling_period",
              rolling.daysUsed()
                  + " days used of "
                  + rule.maxDays()
                  + " in "
                  + rule.periodDays()
                  + "; latest exit "
                  + rolling.latestExitIfEnteringOn()
                  + "."));
    } else if (rule.maxDays() != null) {
      limit(f.day().plusDays(rule.maxDays() - 1L), b);
    }
  }

  private void limit(LocalDate day, String why) {
    if (until == null || day.isBefore(until)) {
      until = day;
      basis = why;
    }
  }
}
