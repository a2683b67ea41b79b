package org.openbmis.screening.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the country names, adjectives and ISO alpha-2 / alpha-3 codes that lists use to ISO
 * 3166-1 alpha-3: the ISO table shipped with {@code bmis-mrz} plus {@code country-aliases.txt}
 * ("Iran (Islamic Republic of)", "Korea, North", "Syrian", "Türkiye"...).
 */
public final class Countries {
  private static final Countries STANDARD = load();
  private final Map<String, String> byKey;

  private Countries(Map<String, String> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /**
   * The shared instance.
   *
   * @return the resolver
   */
  public static Countries standard() {
    return STANDARD;
  }

  /**
   * The alpha-3 code of a name, adjective or code.
   *
   * @param text e.g. {@code "Iran (Islamic Republic of)"}, {@code "iq"}, {@code "IRQ"}
   * @return the alpha-3 code, or empty if unknown
   */
  public Optional<String> alpha3(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(byKey.get(key(text)));
  }

  static String key(String text) {
    String t = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
    return t.replaceAll("\\p{M}", "")
        .toUpperCase(Locale.ROOT)
        .replace("(THE)", "")
        .replaceAll("[^A-Z0-9]+", " ")
        .strip();
  }

  private static Countries load() {
    Map<String, String> map = new HashMap<>();
    for (String line : lines(Countries.class, "/org/openbmis/mrz/iso3166_1_alpha3.csv")) {
      List<String> f = CsvLine.split(line);
      if (f.size() < 4 || f.get(0).equals("alpha3")) {
        continue;
      }
      String a3 = f.get(0);
      map.put(a3, a3);
      map.put(f.get(1), a3);
      map.putIfAbsent(key(f.get(3)), a3);
      map.putIfAbsent(key(f.get(3).replaceAll("\\(.*\\)", "")), a3);
    }
    for (String line : lines(Countries.class, "country-aliases.txt")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\|");
      for (int i = 1; i < f.length; i++) {
        map.put(key(f[i]), f[0]);
      }
    }
    return new Countries(map);
  }

  private static List<String> lines(Class<?> base, String resource) {
    try (InputStream in = base.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + resource);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
