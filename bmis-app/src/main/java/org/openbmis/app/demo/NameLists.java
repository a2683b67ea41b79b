package org.openbmis.app.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The name lists of {@code demo/names/<region>.txt} (surnames, male and female given names in their
 * own script, the nationalities that go with them) and the regions' shares among foreign travellers
 * and among the demo country's own nationals ({@code demo/regions.txt}).
 */
final class NameLists {

  /** A region's names. {@code feminine} maps masculine surname endings to feminine ones. */
  record Region(
      String name,
      Weighted<String> nationalities,
      List<String> surnames,
      List<String> male,
      List<String> female,
      Map<String, String> feminine) {

    String surname(Random random, boolean female) {
      String s = surnames.get(random.nextInt(surnames.size()));
      if (female) {
        for (Map.Entry<String, String> e : feminine.entrySet()) {
          if (s.endsWith(e.getKey())) {
            return s.substring(0, s.length() - e.getKey().length()) + e.getValue();
          }
        }
      }
      return s;
    }

    String givenName(Random random, boolean female) {
      List<String> names = female ? this.female : male;
      return names.get(random.nextInt(names.size()));
    }
  }

  private final Weighted<Region> foreign = new Weighted<>();
  private final Weighted<Region> national = new Weighted<>();

  private NameLists() {}

  static NameLists load() {
    NameLists lists = new NameLists();
    for (String line : DemoResources.lines("regions.txt")) {
      String[] f = line.split("\\s+");
      Region region = region(f[0]);
      lists.foreign.add(region, Double.parseDouble(f[1]));
      lists.national.add(region, Double.parseDouble(f[2]));
    }
    return lists;
  }

  Region foreignRegion(Random random) {
    return foreign.pick(random);
  }

  Region nationalRegion(Random random) {
    return national.pick(random);
  }

  private static Region region(String name) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String line : DemoResources.lines("names/" + name + ".txt")) {
      int eq = line.indexOf('=');
      List<String> list =
          values.computeIfAbsent(line.substring(0, eq).strip(), k -> new ArrayList<>());
      for (String v : line.substring(eq + 1).split(",")) {
        if (!v.isBlank()) {
          list.add(v.strip());
        }
      }
    }
    Map<String, String> feminine = new LinkedHashMap<>();
    for (String rule : values.getOrDefault("feminine", List.of())) {
      String[] p = rule.split(">");
      feminine.put(p[0], p[1]);
    }
    return new Region(
        name,
        Weighted.parse(String.join(",", values.get("nationalities"))),
        List.copyOf(values.get("surnames")),
        List.copyOf(values.get("male")),
        List.copyOf(values.get("female")),
        feminine);
  }
}
