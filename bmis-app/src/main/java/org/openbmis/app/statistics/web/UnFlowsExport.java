package org.openbmis.app.statistics.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openbmis.app.statistics.Dimension;
import org.openbmis.app.statistics.StatRow;
import org.openbmis.app.statistics.StatisticsQuery;
import org.openbmis.app.statistics.StatisticsService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flows for national statistics offices, following the UN Recommendations on Statistics of
 * International Migration: admitted arrivals and departures by month, citizenship (ISO 3166-1
 * alpha-3), sex, five-year age band and purpose, in SDMX-like codes (docs/statistics-export.md).
 */
@Component
class UnFlowsExport {

  static final List<String> HEADER =
      List.of(
          "REF_AREA",
          "TIME_PERIOD",
          "FLOW",
          "CITIZENSHIP",
          "CITIZENSHIP_GROUP",
          "SEX",
          "AGE",
          "PURPOSE",
          "UN_CATEGORY",
          "OBS_VALUE",
          "OBS_STATUS");
  private static final Map<String, String> ICAO_TO_ISO =
      Map.of(
          "D", "DEU", "GBD", "GBR", "GBN", "GBR", "GBO", "GBR", "GBP", "GBR", "GBS", "GBR", "RKS",
          "XKX");
  private static final Map<String, String> CATEGORY =
      Map.of(
          "TOURISM",
          "VISITOR",
          "BUSINESS",
          "VISITOR",
          "FAMILY_VISIT",
          "VISITOR",
          "TRANSIT",
          "TRANSIT",
          "WORK",
          "EMPLOYMENT",
          "STUDY",
          "EDUCATION",
          "RETURNING_RESIDENT",
          "RETURNING_RESIDENT",
          "OTHER",
          "OTHER");

  private final StatisticsService statistics;
  private final JsonMapper json = JsonMapper.builder().build();

  UnFlowsExport(StatisticsService statistics) {
    this.statistics = statistics;
  }

  List<Map<String, Object>> observations(StatisticsQuery q) {
    Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
    filters.putAll(q.filters());
    filters.put(Dimension.DECISION, Set.of("ADMITTED"));
    StatisticsQuery flows =
        new StatisticsQuery(
            q.from(),
            q.to(),
            List.of(
                Dimension.MONTH,
                Dimension.DIRECTION,
                Dimension.NATIONALITY,
                Dimension.SEX,
                Dimension.AGE_GROUP,
                Dimension.PURPOSE),
            filters);
    String country = statistics.country().code();
    List<Map<String, Object>> out = new ArrayList<>();
    for (StatRow r : statistics.movements(flows)) {
      Map<String, String> d = r.dimensions();
      String nationality = d.get("nationality");
      boolean hide = statistics.smallCounts().hides(r.count());
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("REF_AREA", ICAO_TO_ISO.getOrDefault(country, country));
      o.put("TIME_PERIOD", d.get("month"));
      o.put("FLOW", "ENTRY".equals(d.get("direction")) ? "ARR" : "DEP");
      o.put(
          "CITIZENSHIP",
          "-".equals(nationality) ? "_U" : ICAO_TO_ISO.getOrDefault(nationality, nationality));
      o.put(
          "CITIZENSHIP_GROUP",
          country.equals(nationality) ? "NAT" : "-".equals(nationality) ? "_U" : "FOR");
      o.put("SEX", "F".equals(d.get("sex")) || "M".equals(d.get("sex")) ? d.get("sex") : "_U");
      o.put("AGE", age(d.get("ageGroup")));
      o.put("PURPOSE", "-".equals(d.get("purpose")) ? "_U" : d.get("purpose"));
      o.put("UN_CATEGORY", CATEGORY.getOrDefault(d.get("purpose"), "_U"));
      o.put("OBS_VALUE", hide ? "" : r.count());
      o.put("OBS_STATUS", hide ? "C" : "A");
      out.add(o);
    }
    return out;
  }

  byte[] csv(StatisticsQuery q) {
    return FileWriters.csv(Table.of("un-flows", HEADER, observations(q)));
  }

  String json(StatisticsQuery q) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("dataset", "OPENBMIS_MIGRATION_FLOWS");
    doc.put("version", "1.0");
    doc.put(
        "reference",
        "UN Recommendations on Statistics of International Migration, Revision 1 (1998)");
    doc.put("period", Map.of("from", q.from().toString(), "to", q.to().toString()));
    doc.put("suppressionThreshold", statistics.suppressionThreshold());
    doc.put(
        "codeLists",
        Map.of(
            "CITIZENSHIP",
            "ISO 3166-1 alpha-3; _U unknown; ICAO codes XXA, XXB, XXC, XXX (stateless, refugees, unspecified)",
            "SEX",
            "F, M, _U",
            "AGE",
            "Y0T4 ... Y80T84, Y_GE85 (five-year bands, age in completed years at the"
                + " movement's year), _U",
            "FLOW",
            "ARR, DEP",
            "CITIZENSHIP_GROUP",
            "NAT, FOR, _U",
            "OBS_STATUS",
            "A normal, C confidential (count suppressed)"));
    doc.put("observations", observations(q));
    return json.writeValueAsString(doc);
  }

  static String age(String band) {
    if (band == null || "-".equals(band)) {
      return "_U";
    }
    if (band.equals("85+")) {
      return "Y_GE85";
    }
    String[] p = band.split("-");
    return "Y" + Integer.parseInt(p[0]) + "T" + Integer.parseInt(p[1]);
  }
}
