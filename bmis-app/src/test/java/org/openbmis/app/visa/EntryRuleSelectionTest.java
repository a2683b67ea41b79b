package org.openbmis.app.visa;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rule selection: by nationality, document type and purpose; the most specific wins. */
class EntryRuleSelectionTest {

  static final LocalDate DAY = LocalDate.of(2026, 5, 1);

  static EntryRule rule(
      String nat,
      DocumentCategory cat,
      String purpose,
      EntryPolicy policy,
      LocalDate from,
      LocalDate until,
      int version) {
    return new EntryRule(
        UUID.randomUUID(),
        nat,
        cat,
        purpose,
        policy,
        90,
        180,
        30,
        BigDecimal.TEN,
        "USD",
        nat + " " + policy,
        from,
        until,
        version,
        Instant.EPOCH,
        "admin");
  }

  static EntryRule rule(String nat, DocumentCategory cat, String purpose, EntryPolicy policy) {
    return rule(nat, cat, purpose, policy, LocalDate.of(2020, 1, 1), null, 1);
  }

  final EntryRule anyone = rule("*", null, null, EntryPolicy.VISA_REQUIRED);
  final EntryRule kenya = rule("KEN", null, null, EntryPolicy.VISA_EXEMPT);
  final EntryRule kenyaWork = rule("KEN", null, "WORK", EntryPolicy.VISA_REQUIRED);
  final EntryRule kenyaDiplomats =
      rule("KEN", DocumentCategory.DIPLOMATIC, null, EntryPolicy.VISA_EXEMPT);
  final EntryRule diplomats =
      rule("*", DocumentCategory.DIPLOMATIC, null, EntryPolicy.FREE_MOVEMENT);
  final EntryRule syria = rule("SYR", null, null, EntryPolicy.REFUSED);
  final List<EntryRule> rules = List.of(anyone, kenya, kenyaWork, kenyaDiplomats, diplomats, syria);

  EntryRule select(String nat, String code, String purpose) {
    return RuleSelection.select(rules, nat, DocumentCategory.of(code), purpose, DAY).orElse(null);
  }

  @Test
  void byNationality() {
    assertThat(select("KEN", "P", "TOURISM")).isEqualTo(kenya);
    assertThat(select("SYR", "P", null)).isEqualTo(syria);
    assertThat(select("NGA", "P", null)).isEqualTo(anyone);
  }

  @Test
  void byPurpose() {
    assertThat(select("KEN", "P", "WORK")).isEqualTo(kenyaWork);
  }

  @Test
  void byDocumentType() {
    assertThat(select("KEN", "PD", "WORK"))
        .isEqualTo(kenyaDiplomats); // document type beats purpose
    assertThat(select("NGA", "PD", null)).isEqualTo(diplomats);
    assertThat(select("SYR", "PD", null)).isEqualTo(syria); // nationality beats document type
    assertThat(select("NGA", "PS", null))
        .isEqualTo(anyone); // service passports have no rule of their own
  }

  @Test
  void nothingApplies() {
    assertThat(RuleSelection.select(List.of(kenya), "NGA", DocumentCategory.ORDINARY, null, DAY))
        .isEmpty();
  }

  @Test
  void versionsByValidity() {
    EntryRule old =
        rule(
            "GHA",
            null,
            null,
            EntryPolicy.VISA_REQUIRED,
            LocalDate.of(2020, 1, 1),
            LocalDate.of(2026, 4, 30),
            1);
    EntryRule current =
        rule("GHA", null, null, EntryPolicy.VISA_EXEMPT, LocalDate.of(2026, 5, 1), null, 2);
    EntryRule future =
        rule("GHA", null, null, EntryPolicy.REFUSED, LocalDate.of(2027, 1, 1), null, 3);
    List<EntryRule> all = List.of(old, current, future);
    assertThat(RuleSelection.select(all, "GHA", DocumentCategory.ORDINARY, null, DAY.minusDays(1)))
        .contains(old);
    assertThat(RuleSelection.select(all, "GHA", DocumentCategory.ORDINARY, null, DAY))
        .contains(current);
    assertThat(
            RuleSelection.select(
                all, "GHA", DocumentCategory.ORDINARY, null, LocalDate.of(2027, 1, 1)))
        .contains(future);
  }

  @Test
  void documentCategories() {
    assertThat(DocumentCategory.of("PD")).isEqualTo(DocumentCategory.DIPLOMATIC);
    assertThat(DocumentCategory.of("PS")).isEqualTo(DocumentCategory.SERVICE);
    assertThat(DocumentCategory.of("PL")).isEqualTo(DocumentCategory.LAISSEZ_PASSER);
    assertThat(DocumentCategory.of("S")).isEqualTo(DocumentCategory.SEAFARER);
    assertThat(DocumentCategory.of("ID")).isEqualTo(DocumentCategory.ID_CARD);
    assertThat(DocumentCategory.of("P")).isEqualTo(DocumentCategory.ORDINARY);
    assertThat(DocumentCategory.of(null)).isEqualTo(DocumentCategory.ORDINARY);
  }
}
