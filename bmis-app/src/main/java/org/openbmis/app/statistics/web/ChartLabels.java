package org.openbmis.app.statistics.web;

import com.ibm.icu.util.ULocale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openbmis.app.admin.PostType;
import org.openbmis.app.movement.Decision;
import org.openbmis.app.movement.Direction;
import org.openbmis.app.movement.Purpose;
import org.openbmis.app.movement.TransportMode;
import org.openbmis.app.shared.CountryNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of the statistics in the analyst's language: for each dimension, the label of each
 * value the aggregates hold ({@code ENTRY} is "Entrée", {@code KEN} "Quénia", {@code NON_RESIDENT}
 * "non-résidents"), and the column headers of the tables ({@code ageGroup} is "Age group"). The
 * dashboard's scripts and the monthly report read them; the data keep their codes, so filters,
 * drill-down and exports do not depend on the language. ADR 0020.
 */
@Component
class ChartLabels {

  /** UN M49 codes of the regions the statistics group by ({@link StatisticsController#REGIONS}). */
  private static final Map<String, String> M49 =
      Map.of("Africa", "002", "Americas", "019", "Asia", "142", "Europe", "150", "Oceania", "009");

  private static final List<String> COLUMNS =
      List.of(
          "day",
          "week",
          "month",
          "year",
          "post",
          "postType",
          "direction",
          "decision",
          "region",
          "sex",
          "ageGroup",
          "purpose",
          "transportMode",
          "refusalReason",
          "nationality",
          "residence");

  private final MessageSource messages;
  private final CountryNames countries;

  ChartLabels(MessageSource messages, CountryNames countries) {
    this.messages = messages;
    this.countries = countries;
  }

  /** Dimension (or {@code columns}) to value to label, in the given language. */
  Map<String, Map<String, String>> all(Locale locale) {
    Map<String, Map<String, String>> all = new LinkedHashMap<>();
    all.put("direction", enums(Direction.values(), "direction.", locale));
    all.get("direction").put("NET", text("stats.series.net", locale));
    all.put("decision", enums(Decision.values(), "decided.", locale));
    all.get("decision").put("REFERRED", text("decided.REFERRED_TO_SECONDARY", locale));
    all.put("purpose", enums(Purpose.values(), "purpose.", locale));
    all.put("transportMode", enums(TransportMode.values(), "transport.", locale));
    all.put("postType", enums(PostType.values(), "admin.post.type.", locale));
    all.put("sex", values(List.of("F", "M", "X"), "sex.", locale));
    all.put(
        "resolution",
        values(List.of("OPEN", "CONFIRMED", "FALSE_POSITIVE"), "screening.hit.status.", locale));
    Map<String, String> residence = new LinkedHashMap<>();
    residence.put("RESIDENT", text("stats.resident", locale));
    residence.put("NON_RESIDENT", text("stats.nonResident", locale));
    all.put("residence", residence);
    Map<String, String> regions = new LinkedHashMap<>();
    M49.forEach(
        (name, code) ->
            regions.put(name, ULocale.getDisplayCountry("und_" + code, CountryNames.cldr(locale))));
    regions.put("Other", text("stats.region.other", locale));
    all.put("region", regions);
    Map<String, String> nations = new TreeMap<>();
    for (String a2 : Locale.getISOCountries()) {
      String a3 = new Locale("", a2).getISO3Country();
      nations.put(a3, countries.name(a3, locale));
    }
    all.put("nationality", nations);
    Map<String, String> columns = new LinkedHashMap<>();
    COLUMNS.forEach(c -> columns.put(c, text("stats.dim." + c, locale)));
    for (String c :
        List.of(
            "count",
            "medianSeconds",
            "p90Seconds",
            "change",
            "period",
            "hour",
            "desk",
            "carrier",
            "list",
            "resolution",
            "stayLength",
            "overstayLength",
            "suppressed")) {
      columns.put(c, text("stats.col." + c, locale));
    }
    all.put("columns", columns);
    return all;
  }

  private Map<String, String> enums(Enum<?>[] values, String prefix, Locale locale) {
    return values(java.util.Arrays.stream(values).map(Enum::name).toList(), prefix, locale);
  }

  private Map<String, String> values(List<String> values, String prefix, Locale locale) {
    Map<String, String> map = new LinkedHashMap<>();
    values.forEach(v -> map.put(v, messages.getMessage(prefix + v, null, v, locale)));
    return map;
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
