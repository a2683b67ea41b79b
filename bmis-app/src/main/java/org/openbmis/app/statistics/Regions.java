package org.openbmis.app.statistics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * UN M49 regions and sub-regions of nationality codes (ISO 3166-1 alpha-3, plus ICAO's own codes
 * such as {@code D} and {@code GBD}), read from {@code statistics/m49-regions.txt}. Codes outside
 * the list (stateless, refugees, UN and specimen documents) fall in {@link #OTHER}.
 */
public final class Regions {

  /** The group of codes that belong to no M49 region. */
  public static final String OTHER = "Other";

  private record Area(String region, String subregion) {}

  private static final Map<String, Area> AREAS = load();

  private Regions() {}

  public static String region(String nationality) {
    Area a = AREAS.get(nationality);
    return a == null ? OTHER : a.region();
  }

  public static String subregion(String nationality) {
    Area a = AREAS.get(nationality);
    return a == null ? OTHER : a.subregion();
  }

  /** The nationality codes of a region or sub-region (by name); empty when unknown. */
  static Set<String> codesOf(String regionOrSubregion) {
    return AREAS.entrySet().stream()
        .filter(
            e ->
                e.getValue().region().equalsIgnoreCase(regionOrSubregion)
                    || e.getValue().subregion().equalsIgnoreCase(regionOrSubregion))
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  static Set<String> knownCodes() {
    return AREAS.keySet();
  }

  private static Map<String, Area> load() {
    Map<String, Area> map = new HashMap<>();
    try (InputStream in = Regions.class.getResourceAsStream("/statistics/m49-regions.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\|");
        Area area = new Area(f[3], f[1]);
        for (String code : f[4].trim().split("\\s+")) {
          map.put(code, area);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}
