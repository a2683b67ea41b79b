package org.openbmis.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of equivalent given names across languages and scripts (Mohammed / Muhammad / محمد, Yusuf
 * / Youssef / Joseph), read from {@code given-name-equivalents.txt}. Each name is normalised like
 * list names, so every form maps to its group number ("symbol").
 */
final class GivenNameEquivalents {
  private static final GivenNameEquivalents STANDARD = load();
  private final Map<String, Integer> groups;

  private GivenNameEquivalents(Map<String, Integer> groups) {
    this.groups = Map.copyOf(groups);
  }

  static GivenNameEquivalents standard() {
    return STANDARD;
  }

  /** The group of a normalised token, or -1. */
  int symbol(String token) {
    Integer g = groups.get(token);
    return g == null ? -1 : g;
  }

  private static GivenNameEquivalents load() {
    Map<String, Integer> map = new HashMap<>();
    try (InputStream in =
            GivenNameEquivalents.class.getResourceAsStream("given-name-equivalents.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int group = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        for (String name : line.trim().split("\\s+")) {
          List<String> t = NameNormalizer.tokens(name);
          if (t.size() == 1) {
            map.putIfAbsent(t.get(0), group);
          }
        }
        group++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read given-name-equivalents.txt", e);
    }
    return new GivenNameEquivalents(map);
  }
}
