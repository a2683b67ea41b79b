package org.openbmis.app.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openbmis.app.document.DocumentReading;
import org.openbmis.app.shared.AccessDeniedProblem;
import org.openbmis.app.shared.BmisException;
import org.openbmis.app.shared.BusinessRuleProblem;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.Role;
import org.openbmis.app.visa.EntryAssessment;
import org.openbmis.app.visa.GuardianLink;
import org.openbmis.app.visa.OverstayFlag;
import org.openbmis.app.visa.Reason;

/** Every rule of the desk's decision policy, without Spring or a database. */
class DecisionPolicyTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  static final Set<Role> OFFICER = EnumSet.of(Role.OFFICER);
  static final Set<Role> SUPERVISOR = EnumSet.of(Role.SUPERVISOR);
  static final Set<Role> DEFAULT_POLICY = EnumSet.of(Role.SUPERVISOR);

  static DocumentReading doc(
      @Nullable LocalDate expiry, LocalDate born, Map<String, Boolean> digits, boolean badDate) {
    return new DocumentReading(
        "MRZ",
        "TD3",
        "P",
        "KEN",
        "Kenya",
        "A1234567",
        "DOE",
        "JANE",
        "KEN",
        born,
        born.toString(),
        expiry,
        "F",
        "",
        digits,
        !badDate && !digits.containsValue(false),
        true,
        true,
        badDate
            ? List.of(new DocumentReading.Problem("mrz.date_invalid", "dateOfBirth", "Not a date."))
            : List.of(),
        List.of());
  }

  static DocumentReading valid() {
    return doc(TODAY.plusYears(3), LocalDate.of(1980, 1, 1), Map.of("composite", true), false);
  }

  static EntryAssessment entry(
      boolean visaMissing, boolean refused, @Nullable OverstayFlag overstay, boolean guardian) {
    return new EntryAssessment(
        false,
        null,
        null,
        null,
        null,
        null,
        TODAY.plusDays(90),
        "RULE",
        visaMissing,
        false,
        refused,
        null,
        null,
        guardian
            ? List.of(
                new GuardianLink(
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    GuardianLink.Relationship.PARENT,
                    Instant.now()))
            : List.of(),
        overstay,
        refused
            ? List.of(new Reason("visa.nationality_refused", "Nationals of KEN may not enter."))
            : List.of());
  }

  static DecisionPolicy.Facts facts(
      DocumentReading d, Direction dir, boolean national, @Nullable EntryAssessment a) {
    return new DecisionPolicy.Facts(d, dir, national, TODAY, List.of(), a, List.of());
  }

  static List<String> blocking(DecisionPolicy.Facts f) {
    return DecisionPolicy.assess(f).blocking().stream().map(Condition::code).toList();
  }

  static List<String> warnings(DecisionPolicy.Facts f) {
    return DecisionPolicy.assess(f).warnings().stream().map(Condition::code).toList();
  }

  static DecisionCommand command(
      Decision d,
      @Nullable RefusalReason reason,
      @Nullable String remarks,
      @Nullable DecisionOverride o) {
    return new DecisionCommand(d, reason, null, null, null, null, remarks, null, o);
  }

  @Test
  void aValidDocumentWithNothingAgainstItIsProposedForAdmission() {
    var a =
        DecisionPolicy.assess(
            facts(valid(), Direction.ENTRY, false, entry(false, false, null, false)));
    assertThat(a.proposed()).isEqualTo(Decision.ADMITTED);
    assertThat(a.blocking()).isEmpty();
    var crossing =
        DecisionPolicy.decide(
            a, command(Decision.ADMITTED, null, null, null), OFFICER, DEFAULT_POLICY);
    assertThat(crossing.decision()).isEqualTo(Decision.ADMITTED);
    assertThat(crossing.override()).isNull();
    assertThat(crossing.referral()).isFalse();
  }

  @Test
  void aFailedCheckDigitBlocks() {
    Map<String, Boolean> digits = new LinkedHashMap<>();
    digits.put("documentNumber", false);
    digits.put("composite", true);
    var f =
        facts(
            doc(TODAY.plusYears(1), LocalDate.of(1980, 1, 1), digits, false),
            Direction.ENTRY,
            false,
            null);
    assertThat(blocking(f)).containsExactly("document.check_digit_invalid");
    assertThat(DecisionPolicy.assess(f).proposed()).isEqualTo(Decision.REFERRED);
  }

  @Test
  void anInvalidDateBlocks() {
    var f =
        facts(
            doc(TODAY.plusYears(1), LocalDate.of(1980, 1, 1), Map.of(), true),
            Direction.EXIT,
            false,
            null);
    assertThat(blocking(f)).containsExactly("document.date_invalid");
  }

  @Test
  void anExpiredDocumentBlocksInBothDirectionsNationalsIncluded() {
    var expired = doc(TODAY.minusDays(1), LocalDate.of(1980, 1, 1), Map.of(), false);
    assertThat(blocking(facts(expired, Direction.ENTRY, false, null)))
        .containsExactly("document.expired");
    assertThat(blocking(facts(expired, Direction.EXIT, true, null)))
        .containsExactly("document.expired");
    assertThat(blocking(facts(expired, Direction.ENTRY, true, null)))
        .as("a national coming home is referred too: secondary verifies the nationality")
        .containsExactly("document.expired");
    assertThat(
            blocking(
                facts(
                    doc(TODAY, LocalDate.of(1980, 1, 1), Map.of(), false),
                    Direction.ENTRY,
                    false,
                    null)))
        .as("a document valid until today is not expired")
        .isEmpty();
  }

  @Test
  void aBlockingAlertHitBlocksInBothDirections() {
    for (Direction d : Direction.values()) {
      var f = new DecisionPolicy.Facts(valid(), d, false, TODAY, List.of(), null, List.of("NAT"));
      assertThat(blocking(f)).containsExactly("screening.blocking_hit");
      assertThat(DecisionPolicy.assess(f).blocking().get(0).message()).contains("NAT");
    }
  }

  @Test
  void aMissingVisaAndARefusingRuleBlockEntriesOnly() {
    assertThat(blocking(facts(valid(), Direction.ENTRY, false, entry(true, false, null, false))))
        .containsExactly("visa.missing");
    var refused = facts(valid(), Direction.ENTRY, false, entry(false, true, null, false));
    assertThat(blocking(refused)).containsExactly("visa.entry_refused");
    assertThat(DecisionPolicy.assess(refused).blocking().get(0).message())
        .contains("Nationals of KEN");
    assertThat(blocking(facts(valid(), Direction.EXIT, false, entry(true, true, null, false))))
        .isEmpty();
    assertThat(blocking(facts(valid(), Direction.ENTRY, true, entry(true, true, null, false))))
        .as("home nationals are not assessed")
        .isEmpty();
  }

  @Test
  void warningsDoNotBlock() {
    var overstay =
        new OverstayFlag(
            UUID.randomUUID(),
            TODAY.minusYears(1),
            TODAY.minusYears(1).plusDays(30),
            TODAY.minusMonths(10),
            10,
            false);
    var history =
        List.of(
            InspectionPolicyTest.movement(Direction.ENTRY, Decision.REFUSED, TODAY.minusDays(29)));
    var f =
        new DecisionPolicy.Facts(
            doc(TODAY.plusYears(1), TODAY.minusYears(10), Map.of(), false),
            Direction.ENTRY,
            false,
            TODAY,
            history,
            entry(false, false, overstay, false),
            List.of());
    assertThat(blocking(f)).isEmpty();
    assertThat(warnings(f))
        .containsExactlyInAnyOrder(
            "visa.previous_overstay", "movement.recent_refusal", "movement.minor_without_guardian");
    assertThat(DecisionPolicy.assess(f).proposed()).isEqualTo(Decision.ADMITTED);
  }

  @Test
  void aRefusalMoreThan30DaysAgoIsNoRecentRefusalAndALinkedMinorNoWarning() {
    var f =
        new DecisionPolicy.Facts(
            doc(TODAY.plusYears(1), TODAY.minusYears(10), Map.of(), false),
            Direction.ENTRY,
            false,
            TODAY,
            List.of(
                InspectionPolicyTest.movement(
                    Direction.ENTRY, Decision.REFUSED, TODAY.minusDays(31))),
            entry(false, false, null, true),
            List.of());
    assertThat(warnings(f)).isEmpty();
  }

  @Test
  void admittingWithBlockingConditionsNeedsAnOverride() {
    var a = expiredOnEntry();
    assertThatThrownBy(
            () ->
                DecisionPolicy.decide(
                    a, command(Decision.ADMITTED, null, null, null), SUPERVISOR, DEFAULT_POLICY))
        .isInstanceOf(BusinessRuleProblem.class)
        .satisfies(
            e -> {
              assertThat(((BmisException) e).code()).isEqualTo("movement.override_required");
              assertThat(((BmisException) e).details().get("codes"))
                  .isEqualTo(List.of("document.expired"));
            });
  }

  @Test
  void onlyTheRolesOfThePostsPolicyMayOverride() {
    var a = expiredOnEntry();
    var o = new DecisionOverride(List.of("document.expired"), "Renewal booked");
    var cmd = command(Decision.ADMITTED, null, null, o);
    assertThatThrownBy(() -> DecisionPolicy.decide(a, cmd, OFFICER, DEFAULT_POLICY))
        .isInstanceOf(AccessDeniedProblem.class)
        .hasFieldOrPropertyWithValue("code", "movement.override_not_permitted");
    var byOfficerAllowed =
        DecisionPolicy.decide(a, cmd, OFFICER, EnumSet.of(Role.OFFICER, Role.SUPERVISOR));
    assertThat(byOfficerAllowed.override()).isEqualTo(o);
    var crossing = DecisionPolicy.decide(a, cmd, SUPERVISOR, DEFAULT_POLICY);
    assertThat(crossing.decision()).isEqualTo(Decision.ADMITTED);
    assertThat(crossing.override().codes()).containsExactly("document.expired");
    assertThat(crossing.conditions())
        .extracting(Condition::code)
        .containsExactly("document.expired");
  }

  @Test
  void anOverrideNamesEveryConditionAndGivesAReason() {
    var f =
        new DecisionPolicy.Facts(
            doc(TODAY.minusDays(1), LocalDate.of(1980, 1, 1), Map.of(), false),
            Direction.ENTRY,
            false,
            TODAY,
            List.of(),
            null,
            List.of("NAT"));
    var a = DecisionPolicy.assess(f);
    var partial =
        command(
            Decision.ADMITTED, null, null, new DecisionOverride(List.of("document.expired"), "x"));
    assertThatThrownBy(() -> DecisionPolicy.decide(a, partial, SUPERVISOR, DEFAULT_POLICY))
        .isInstanceOf(InvalidInputProblem.class)
        .hasFieldOrPropertyWithValue("code", "movement.override_codes")
        .hasMessageContaining("screening.blocking_hit");
    var noReason =
        command(
            Decision.ADMITTED,
            null,
            null,
            new DecisionOverride(List.of("document.expired", "screening.blocking_hit"), "  "));
    assertThatThrownBy(() -> DecisionPolicy.decide(a, noReason, SUPERVISOR, DEFAULT_POLICY))
        .hasFieldOrPropertyWithValue("code", "movement.override_reason");
  }

  @Test
  void aRefusalNeedsAReasonAndOtherGroundsNeedRemarks() {
    var a = DecisionPolicy.assess(facts(valid(), Direction.ENTRY, false, null));
    assertThatThrownBy(
            () ->
                DecisionPolicy.decide(
                    a, command(Decision.REFUSED, null, null, null), OFFICER, DEFAULT_POLICY))
        .hasFieldOrPropertyWithValue("code", "movement.refusal_reason_required");
    assertThatThrownBy(
            () ->
                DecisionPolicy.decide(
                    a,
                    command(Decision.REFUSED, RefusalReason.J, " ", null),
                    OFFICER,
                    DEFAULT_POLICY))
        .hasFieldOrPropertyWithValue("code", "movement.remarks_required");
    assertThat(
            DecisionPolicy.decide(
                    a,
                    command(Decision.REFUSED, RefusalReason.J, "No funds shown", null),
                    OFFICER,
                    DEFAULT_POLICY)
                .decision())
        .isEqualTo(Decision.REFUSED);
    assertThat(
            DecisionPolicy.decide(
                    a,
                    command(Decision.REFUSED, RefusalReason.C, null, null),
                    OFFICER,
                    DEFAULT_POLICY)
                .decision())
        .isEqualTo(Decision.REFUSED);
  }

  @Test
  void aReferralIsAlwaysAllowedAndCarriesTheConditions() {
    var a = expiredOnEntry();
    for (Decision d : List.of(Decision.REFERRED, Decision.REFERRED_TO_SECONDARY)) {
      var c = DecisionPolicy.decide(a, command(d, null, null, null), OFFICER, DEFAULT_POLICY);
      assertThat(c.referral()).isTrue();
      assertThat(c.decision()).isEqualTo(Decision.REFERRED);
      assertThat(c.conditions()).extracting(Condition::code).containsExactly("document.expired");
    }
    var clean = DecisionPolicy.assess(facts(valid(), Direction.ENTRY, false, null));
    assertThat(
            DecisionPolicy.decide(
                    clean, command(Decision.REFERRED, null, null, null), OFFICER, DEFAULT_POLICY)
                .referral())
        .as("an officer may refer a traveller with no condition against them")
        .isTrue();
  }

  /** The assessment of an entry on a passport that expired yesterday: one blocking condition. */
  private static DecisionPolicy.Assessment expiredOnEntry() {
    return DecisionPolicy.assess(
        facts(
            doc(TODAY.minusDays(1), LocalDate.of(1980, 1, 1), Map.of(), false),
            Direction.ENTRY,
            false,
            null));
  }
}
