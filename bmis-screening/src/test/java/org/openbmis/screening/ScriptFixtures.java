package org.openbmis.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/** Shared parts of the cross-script quality tests: fixtures, queries and their tallies. */
final class ScriptFixtures {
  private ScriptFixtures() {}

  /** The UN individuals whose original-script name passes the test. */
  static List<PersonAlert> unPersonsWithOriginalScript(Predicate<String> script)
      throws IOException {
    List<PersonAlert> out = new ArrayList<>();
    for (PersonAlert a : Watchlists.fullLists()) {
      String o = a.listCode().equals("UN") ? originalOrNull(a) : null;
      if (o != null && script.test(o)) {
        out.add(a);
      }
    }
    return out;
  }

  static String original(PersonAlert a) {
    return originalOrNull(a);
  }

  private static String originalOrNull(PersonAlert a) {
    return a.names().stream()
        .filter(n -> n.kind() == NameKind.ORIGINAL_SCRIPT)
        .map(AlertName::value)
        .findFirst()
        .orElse(null);
  }

  static String latin(PersonAlert a) {
    return a.displayName();
  }

  /** The alert of a national list that has only this name (and the person's qualifiers). */
  static PersonAlert onlyName(PersonAlert a, String name) {
    return new PersonAlert(
        "NAT",
        a.sourceId(),
        List.of(AlertName.primary(name)),
        a.datesOfBirth(),
        a.nationalities(),
        a.sex(),
        List.of(),
        "test",
        "test",
        AlertAction.REFUSE_ENTRY,
        null,
        null,
        Confidentiality.PUBLIC);
  }

  /** The alerts with their names in original script removed. */
  static List<PersonAlert> withoutOriginalScript(List<PersonAlert> alerts) {
    List<PersonAlert> out = new ArrayList<>(alerts.size());
    for (PersonAlert a : alerts) {
      List<AlertName> names =
          a.names().stream().filter(n -> n.kind() != NameKind.ORIGINAL_SCRIPT).toList();
      if (!names.isEmpty()) {
        out.add(
            new PersonAlert(
                a.listCode(),
                a.sourceId(),
                names,
                a.datesOfBirth(),
                a.nationalities(),
                a.sex(),
                a.documents(),
                a.reason(),
                a.issuingAgency(),
                a.action(),
                a.validFrom(),
                a.validUntil(),
                a.confidentiality()));
      }
    }
    return out;
  }

  /**
   * A query with the person's MRZ qualifiers: listed birth date (full or partial), nationality,
   * sex.
   */
  static ScreeningQuery query(PersonAlert a, String name, QueryVariations v) {
    String dob = a.datesOfBirth().isEmpty() ? null : v.dateOfBirth(a.datesOfBirth().get(0));
    String nat = a.nationalities().isEmpty() ? null : a.nationalities().iterator().next();
    String sex = a.sex() == null ? null : a.sex().code();
    return ScreeningQuery.of(name, null, dob, nat, sex, null, null);
  }

  /** Random names of the given parts that are not listed, screened with random MRZ qualifiers. */
  static Figures negatives(
      PersonIndex index,
      List<String> given,
      List<String> surnames,
      String[] states,
      int n,
      QueryVariations v,
      Function<String, String> spell) {
    Figures f = new Figures("common names not listed");
    for (int i = 0; i < n; i++) {
      String g = given.get(v.nextInt(given.size()));
      if (v.nextInt(3) == 0) {
        g = g + " " + given.get(v.nextInt(given.size()));
      }
      String s = surnames.get(v.nextInt(surnames.size()));
      ScreeningQuery q =
          ScreeningQuery.of(
              spell.apply(s),
              spell.apply(g),
              v.randomDateOfBirth(),
              states[v.nextInt(states.length)],
              v.nextInt(2) == 0 ? "M" : "F",
              null,
              null);
      f.total++;
      List<PersonHit> hits = index.search(q);
      if (!hits.isEmpty()) {
        f.found++;
        if (f.examples.size() < 8) {
          f.examples.add(q.fullName() + " " + q.dateOfBirth() + " -> " + describe(hits.get(0)));
        }
      }
    }
    return f;
  }

  static String describe(PersonHit h) {
    return h.matchedName()
        + " "
        + String.format(Locale.ROOT, "%.2f ", h.score())
        + h.explanation().text();
  }

  /** Lines of common-names.txt with the prefix that contain one of the markers. */
  static List<String> commonNames(String prefix, String... markers) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : lines("common-names.txt")) {
      if (line.startsWith(prefix) && Arrays.stream(markers).anyMatch(line::contains)) {
        out.addAll(List.of(line.substring(prefix.length()).trim().split("\\s+")));
      }
    }
    return out;
  }

  /** One name array of a datafaker locale (names/README.md). */
  static List<String> dataFaker(String locale, String key) throws IOException {
    for (String line : lines("names/" + locale + ".txt")) {
      if (line.startsWith(key + ": ")) {
        return List.of(line.substring(key.length() + 2).split(" \\| "));
      }
    }
    throw new IllegalArgumentException(key);
  }

  private static List<String> lines(String resource) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                ScriptFixtures.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        out.add(line);
      }
    }
    return out;
  }

  /** Found out of total, with the first misses (or false positives) as examples. */
  static final class Figures {
    final String name;
    int total;
    int found;
    final List<String> examples = new ArrayList<>();

    Figures(String name) {
      this.name = name;
    }

    void tally(PersonIndex index, ScreeningQuery q, PersonAlert a, String label) {
      total++;
      List<PersonHit> hits = index.search(q);
      if (hits.stream().anyMatch(h -> h.alert().sourceId().equals(a.sourceId()))) {
        found++;
      } else if (examples.size() < 25) {
        examples.add(
            q.fullName()
                + " ("
                + q.dateOfBirth()
                + ") should find "
                + a.names().get(0).value()
                + (hits.isEmpty() ? "" : "; got " + describe(hits.get(0))));
      }
    }

    double recall(Figures other) {
      return other == null
          ? (double) found / total
          : (double) (found + other.found) / (total + other.total);
    }

    double rate() {
      return (double) found / total;
    }

    void print() {
      System.out.printf(
          Locale.ROOT, "  %s: recall %.4f (%d/%d)%n", name, recall(null), found, total);
      examples.forEach(e -> System.out.println("    missed: " + e));
    }

    void printNegatives() {
      System.out.printf(
          Locale.ROOT, "  %s: false positives %.4f (%d/%d)%n", name, rate(), found, total);
      examples.forEach(e -> System.out.println("    false positive: " + e));
    }
  }
}
