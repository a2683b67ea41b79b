package org.openbmis.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Names across scripts on the real UN list (2026-02-27): its individuals whose {@code
 * NAME_ORIGINAL_SCRIPT} is in Arabic script, both ways.
 *
 * <ul>
 *   <li>A national list written in Arabic script only (those names, the UN birth dates,
 *       nationality, sex) against the Latin names their passports carry: the UN's own Latin name as
 *       the MRZ holds it (upper case, 39 characters), and once more with a realistic spelling
 *       change ({@link MrzRespellings}: HUSSEIN/HUSSAIN, AL dropped or joined, ABDUL joined,
 *       OU/U...).
 *   <li>The UN and OFAC lists in Latin letters only (original-script names removed) against the
 *       Arabic-script names, as a national identity card or a visa application gives them.
 * </ul>
 *
 * Negatives are common names of the same cultures that are not listed: Arabic, Persian, Turkish and
 * Pakistani names in Latin letters ({@code common-names.txt}) for the first, Arabic and Persian
 * names in Arabic script (datafaker's {@code ar.yml}, {@code fa.yml}) for the second, with MRZ
 * birth date, nationality and sex.
 */
class ArabicScriptQualityTest {
  private static final String[] STATES = {"IRQ", "SYR", "EGY", "SAU", "AFG", "PAK", "YEM", "LBY"};

  @Test
  void anArabicScriptListFindsTheLatinMrzNames() throws IOException {
    List<PersonAlert> persons = ScriptFixtures.unPersonsWithOriginalScript(ArabicNames::isArabic);
    List<PersonAlert> national = new ArrayList<>();
    for (PersonAlert a : persons) {
      national.add(ScriptFixtures.onlyName(a, ScriptFixtures.original(a)));
    }
    PersonIndex index = PersonIndex.of(national.stream());
    MrzRespellings respell = new MrzRespellings(26);
    QueryVariations v = new QueryVariations(26);
    ScriptFixtures.Figures asListed = new ScriptFixtures.Figures("UN Latin spelling");
    ScriptFixtures.Figures changed = new ScriptFixtures.Figures("changed spelling");
    for (PersonAlert a : persons) {
      String mrz = MrzRespellings.mrz(ScriptFixtures.latin(a));
      asListed.tally(index, ScriptFixtures.query(a, mrz, v), a, mrz);
      String other = respell.respell(mrz);
      if (!other.equals(mrz)) {
        changed.tally(index, ScriptFixtures.query(a, other, v), a, other);
      }
    }
    List<String> given = ScriptFixtures.commonNames("G ", "Mohammed", "Mehmet", "Reza", "Muhammad");
    List<String> surnames =
        ScriptFixtures.commonNames("S ", "Yilmaz", "Mohammadi", "Khan", "Mansour", "Benali");
    ScriptFixtures.Figures negatives =
        ScriptFixtures.negatives(index, given, surnames, STATES, 1000, v, Function.identity());
    report("Arabic-script list, Latin MRZ queries", asListed, changed, negatives);
    assertThat(asListed.recall(changed)).isGreaterThanOrEqualTo(0.95);
    assertThat(negatives.rate()).isLessThanOrEqualTo(0.01);
  }

  @Test
  void aLatinListFindsArabicScriptNames() throws IOException {
    List<PersonAlert> persons = ScriptFixtures.unPersonsWithOriginalScript(ArabicNames::isArabic);
    List<PersonAlert> latinOnly = ScriptFixtures.withoutOriginalScript(Watchlists.fullLists());
    PersonIndex index = PersonIndex.of(latinOnly.stream());
    QueryVariations v = new QueryVariations(27);
    ScriptFixtures.Figures found = new ScriptFixtures.Figures("Arabic-script query");
    for (PersonAlert a : persons) {
      found.tally(index, ScriptFixtures.query(a, ScriptFixtures.original(a), v), a, "");
    }
    List<String> given = new ArrayList<>(ScriptFixtures.dataFaker("ar", "male_first_name"));
    given.addAll(ScriptFixtures.dataFaker("ar", "female_first_name"));
    given.addAll(ScriptFixtures.dataFaker("fa", "first_name"));
    List<String> surnames = new ArrayList<>(ScriptFixtures.dataFaker("ar", "last_name"));
    surnames.addAll(ScriptFixtures.dataFaker("fa", "last_name"));
    ScriptFixtures.Figures negatives =
        ScriptFixtures.negatives(index, given, surnames, STATES, 1000, v, Function.identity());
    report("Latin list (UN + OFAC), Arabic-script queries", found, null, negatives);
    assertThat(found.recall(null)).isGreaterThanOrEqualTo(0.95);
    assertThat(negatives.rate()).isLessThanOrEqualTo(0.01);
  }

  private static void report(
      String title,
      ScriptFixtures.Figures a,
      ScriptFixtures.Figures b,
      ScriptFixtures.Figures negatives) {
    System.out.printf(Locale.ROOT, "cross-script quality: %s%n", title);
    a.print();
    if (b != null) {
      b.print();
      System.out.printf(Locale.ROOT, "  together: recall %.4f%n", a.recall(b));
    }
    negatives.printNegatives();
  }
}
