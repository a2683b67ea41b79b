package org.openbmis.app.visa;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the officer sees about admission: the rule that applies, the visa, permit or pass found,
 * entries left, the authorised stay end (the earliest of visa validity, days granted and the
 * rolling-period remainder) with its basis, and flags, all with reasons.
 *
 * @param visaMissing the traveller needs a visa and has none valid
 * @param visaOnArrivalAvailable the rule allows issuing a visa on arrival now
 * @param refused the rule refuses entry, or the rolling-period allowance is used up
 * @param daysUsed days of presence in the rule's rolling period (null without one)
 * @param guardians minors' links where the traveller is the child or the adult
 * @param overstay the traveller's latest overstay, if any (flagged at the next encounter)
 */
public record EntryAssessment(
    boolean homeNational,
    @Nullable EntryRule rule,
    @Nullable Visa visa,
    @Nullable Permit permit,
    @Nullable Pass pass,
    @Nullable Integer entriesLeft,
    @Nullable LocalDate authorisedUntil,
    @Nullable String basis,
    boolean visaMissing,
    boolean visaOnArrivalAvailable,
    boolean refused,
    @Nullable Integer daysUsed,
    @Nullable Integer daysRemaining,
    List<GuardianLink> guardians,
    @Nullable OverstayFlag overstay,
    List<Reason> reasons) {

  public EntryAssessment {
    guardians = List.copyOf(guardians);
    reasons = List.copyOf(reasons);
  }

  /** The rule's text, for the desk screen. */
  public @Nullable String ruleText() {
    return rule == null ? null : rule.text();
  }

  EntryAssessment with(List<GuardianLink> links, @Nullable OverstayFlag flag, List<Reason> more) {
    List<Reason> all = new java.util.ArrayList<>(reasons);
    all.addAll(more);
    return new EntryAssessment(
        homeNational,
        rule,
        visa,
        permit,
        pass,
        entriesLeft,
        authorisedUntil,
        basis,
        visaMissing,
        visaOnArrivalAvailable,
        refused,
        daysUsed,
        daysRemaining,
        links,
        flag,
        all);
  }
}
