package org.openbmis.app.visa;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What each policy needs, and the rule text shown to officers when none is given. */
final class EntryRuleChecks {

  private EntryRuleChecks() {}

  /**
   * The highest fee a rule may ask, in any currency (the column holds 10 digits and 2 decimals).
   */
  static final BigDecimal MAX_FEE = new BigDecimal("1000000");

  static void check(CreateEntryRuleCommand c, LocalDate from) {
    if (c.fee() != null
        && (c.fee().signum() < 0
            || c.fee().compareTo(MAX_FEE) > 0
            || c.fee().stripTrailingZeros().scale() > 2)) {
      throw EntryRuleService.invalid(
          "visa.rule_fee", "fee", "A fee is between 0 and 1,000,000 with at most 2 decimals.");
    }
    if (c.text() != null && c.text().trim().length() > 500) {
      throw EntryRuleService.invalid(
          "visa.rule_text_too_long", "text", "The rule text has at most 500 characters.");
    }
    if (c.validUntil() != null && c.validUntil().isBefore(from)) {
      throw EntryRuleService.invalid(
          "visa.rule_dates", "validUntil", "The rule ends before it starts.");
    }
    if (c.periodDays() != null && (c.maxDays() == null || c.maxDays() >= c.periodDays())) {
      throw EntryRuleService.invalid(
          "visa.rule_period",
          "maxDays",
          "A rolling period needs a maximum shorter than the period.");
    }
    switch (c.policy()) {
      case VISA_EXEMPT -> {
        if (c.maxDays() == null) {
          throw EntryRuleService.invalid(
              "visa.rule_max_days", "maxDays", "A visa exemption needs a number of days.");
        }
      }
      case VISA_ON_ARRIVAL -> {
        if (c.fee() == null || c.currency() == null || c.daysGranted() == null) {
          throw EntryRuleService.invalid(
              "visa.rule_on_arrival",
              "fee",
              "A visa on arrival needs a fee, a currency and the days granted.");
        }
      }
      case FREE_MOVEMENT -> {
        if (c.daysGranted() == null && c.maxDays() == null) {
          throw EntryRuleService.invalid(
              "visa.rule_days_granted", "daysGranted", "Free movement needs the days granted.");
        }
      }
      default -> {}
    }
  }

  static String text(CreateEntryRuleCommand c, @Nullable String purpose) {
    if (c.text() != null && !c.text().isBlank()) {
      return c.text().trim();
    }
    String who =
        ("*".equals(c.nationality()) ? "All nationalities" : c.nationality())
            + (c.documentCategory() == null
                ? ""
                : ", " + c.documentCategory().name().toLowerCase().replace('_', ' ') + " documents")
            + (purpose == null ? "" : ", purpose " + purpose.toLowerCase().replace('_', ' '));
    String what =
        switch (c.policy()) {
          case VISA_EXEMPT ->
              "visa exempt, "
                  + c.maxDays()
                  + " days"
                  + (c.periodDays() == null ? " per stay" : " in any " + c.periodDays());
          case VISA_ON_ARRIVAL ->
              "visa on arrival, " + c.fee() + " " + c.currency() + ", " + c.daysGranted() + " days";
          case VISA_REQUIRED -> "visa required";
          case FREE_MOVEMENT ->
              "free movement, "
                  + (c.daysGranted() != null ? c.daysGranted() : c.maxDays())
                  + " days";
          case REFUSED -> "entry refused";
        };
    return who + ": " + what;
  }
}
