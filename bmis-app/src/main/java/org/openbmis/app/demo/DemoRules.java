package org.openbmis.app.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.visa.CreateEntryRuleCommand;
import org.openbmis.app.visa.EntryPolicy;
import org.openbmis.app.visa.EntryRuleService;
import org.openbmis.app.visa.IssueVisaCommand;
import org.openbmis.app.visa.VisaService;
import org.openbmis.app.visa.VisaSource;
import org.openbmis.app.visa.VisaType;

/**
 * Entry rules of Utopia for a realistic mix: regional free movement for the neighbours (an EAC- and
 * ECOWAS-like area), visa exemption for a group of states, a visa on arrival for some, a visa (or
 * e-visa) required from everyone else; and the walk-through's e-visa.
 */
final class DemoRules {

  static final List<String> FREE_MOVEMENT =
      List.of("KEN", "UGA", "TZA", "RWA", "BDI", "NGA", "BEN", "NER", "GHA", "SEN", "CIV", "TGO");
  static final List<String> EXEMPT =
      List.of(
          "GBR", "FRA", "DEU", "ITA", "ESP", "NLD", "BEL", "PRT", "SWE", "USA", "CAN", "JPN", "KOR",
          "BRA", "ZAF", "TUR", "ETH", "AUS", "ARG", "MEX");
  static final List<String> ON_ARRIVAL = List.of("CHN", "EGY", "IDN", "MYS", "LBN", "JOR", "MAR");

  private DemoRules() {}

  static int seed(EntryRuleService rules, VisaService visas, LocalDate today) {
    LocalDate from = today.minusYears(2);
    int n = 0;
    rules.create(
        rule(
            "*",
            EntryPolicy.VISA_REQUIRED,
            null,
            null,
            null,
            null,
            "A visa or e-visa before travel",
            from));
    n++;
    for (String c : FREE_MOVEMENT) {
      rules.create(
          rule(
              c, EntryPolicy.FREE_MOVEMENT, null, null, 180, null, "Regional free movement", from));
      n++;
    }
    for (String c : EXEMPT) {
      rules.create(rule(c, EntryPolicy.VISA_EXEMPT, 90, 180, null, null, "90 days in 180", from));
      n++;
    }
    for (String c : ON_ARRIVAL) {
      rules.create(
          rule(
              c,
              EntryPolicy.VISA_ON_ARRIVAL,
              null,
              null,
              30,
              new BigDecimal("50"),
              "USD 50 at the desk",
              from));
      n++;
    }
    Walkthrough.Person p = Walkthrough.person(Walkthrough.Feature.EVISA);
    visas.issue(
        new IssueVisaCommand(
            "EV2207741",
            VisaType.TOURIST,
            VisaSource.EVISA,
            p.surname(),
            p.givenNames(),
            p.dateOfBirth(),
            p.sex(),
            p.nationality(),
            p.documentNumber(),
            "Utopia e-visa portal",
            today.minusDays(10),
            today.plusDays(80),
            1,
            30));
    return n;
  }

  private static CreateEntryRuleCommand rule(
      String nationality,
      EntryPolicy policy,
      @Nullable Integer maxDays,
      @Nullable Integer periodDays,
      @Nullable Integer daysGranted,
      @Nullable BigDecimal fee,
      String text,
      LocalDate from) {
    return new CreateEntryRuleCommand(
        nationality,
        null,
        null,
        policy,
        maxDays,
        periodDays,
        daysGranted,
        fee,
        fee == null ? null : "USD",
        text,
        from,
        null);
  }
}
