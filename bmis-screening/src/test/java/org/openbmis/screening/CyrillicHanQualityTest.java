package org.openbmis.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openbmis.mrz.IcaoTransliterator;
import org.openbmis.mrz.Sex;
import org.openbmis.mrz.TransliterationVariant;

/**
 * Names across scripts for Cyrillic and Han, both ways. Persons: the UN list's individuals whose
 * original-script name is Cyrillic, and names combined from datafaker's Russian, Ukrainian and
 * Chinese name lists ({@code names/README.md}; 300 persons each with random birth dates).
 *
 * <ul>
 *   <li>Cyrillic list against Latin MRZ names without the patronymic: the ICAO 9303 spelling that
 *       Russian and Ukrainian passports use (bmis-mrz), and the French-style spelling of older
 *       Soviet and Russian passports (OU, CH, TCH, J, IA: no scheme the engine indexes).
 *   <li>Latin list in that French style against the Cyrillic names.
 *   <li>Han list (simplified) against PRC passport pinyin (ICU's plain Han-Latin, the given name in
 *       one word: ZHANG / WEIMING); Han list (traditional) against Wade-Giles as Taiwanese
 *       passports write it (the given name in one word). The Wade-Giles queries come from the same
 *       hand-written converter the engine indexes, so they test the plumbing, not the converter.
 *   <li>Latin list in pinyin against the Han names.
 * </ul>
 *
 * Negatives: other combinations of the same name lists that are not listed (for Chinese, also not a
 * homophone of a listed name: 封致远 and 酆志遠 are both FENG ZHIYUAN in the MRZ, a namesake).
 */
class CyrillicHanQualityTest {
  private static final int PERSONS = 300;
  private static final Transliterator PINYIN =
      Transliterator.getInstance("Han-Latin; Latin-ASCII; Upper");
  private static final Transliterator SURNAME =
      Transliterator.getInstance("Han-Latin/Names; Latin-ASCII; Upper");

  @Test
  void cyrillicBothWays() throws IOException {
    QueryVariations v = new QueryVariations(61);
    List<String[]> ru = people(v, "ru", true);
    List<String[]> uk = people(v, "uk", true);
    List<String[]> all = new ArrayList<>(ru);
    all.addAll(uk);
    PersonIndex cyrillicList = index(all, n -> n[1] + " " + n[2] + " " + n[0]);
    ScriptFixtures.Figures icao = new ScriptFixtures.Figures("ICAO 9303 MRZ");
    ScriptFixtures.Figures french = new ScriptFixtures.Figures("French-style MRZ");
    for (int i = 0; i < all.size(); i++) {
      String[] p = all.get(i);
      TransliterationVariant tv =
          i < ru.size() ? TransliterationVariant.ICAO : TransliterationVariant.UKRAINIAN;
      String mrz = IcaoTransliterator.transliterate(p[0] + " " + p[1], tv);
      icao.tally(cyrillicList, query(mrz, p), alert(i, p, p[0]), mrz);
      french.tally(cyrillicList, query(frenchStyle(p[0] + " " + p[1]), p), alert(i, p, p[0]), "");
    }
    PersonIndex frenchList = index(all, n -> frenchStyle(n[1] + " " + n[2] + " " + n[0]));
    ScriptFixtures.Figures reverse = new ScriptFixtures.Figures("Cyrillic queries, French list");
    for (int i = 0; i < all.size(); i++) {
      String[] p = all.get(i);
      reverse.tally(frenchList, query(p[1] + " " + p[0], p), alert(i, p, p[0]), "");
    }
    List<String[]> others = people(new QueryVariations(62), "ru", true);
    Set<String> listed = names(all);
    ScriptFixtures.Figures negatives = new ScriptFixtures.Figures("Russian names not listed");
    int checked = 0;
    for (String[] o : others) {
      if (!listed.contains(o[0] + " " + o[1]) && checked++ < PERSONS) {
        negatives.total++;
        String mrz = IcaoTransliterator.transliterate(o[0] + " " + o[1]);
        if (!cyrillicList.search(query(mrz, o)).isEmpty()) {
          negatives.found++;
        }
      }
    }
    ScriptFixtures.Figures un = unBothWays();
    print("Cyrillic", List.of(icao, french, reverse, un), negatives);
    assertThat(icao.recall(french)).isGreaterThanOrEqualTo(0.95);
    assertThat(reverse.recall(null)).isGreaterThanOrEqualTo(0.95);
    assertThat(negatives.rate()).isLessThanOrEqualTo(0.01);
  }

  @Test
  void hanBothWays() throws IOException {
    QueryVariations v = new QueryVariations(63);
    List<String[]> cn = people(v, "zh-CN", false);
    List<String[]> tw = people(v, "zh-TW", false);
    List<String[]> all = new ArrayList<>(cn);
    all.addAll(tw);
    PersonIndex hanList = index(all, n -> n[0] + n[1]);
    ScriptFixtures.Figures pinyin = new ScriptFixtures.Figures("PRC pinyin MRZ");
    ScriptFixtures.Figures wade = new ScriptFixtures.Figures("Taiwan Wade-Giles MRZ");
    for (int i = 0; i < all.size(); i++) {
      String[] p = all.get(i);
      ScriptFixtures.Figures f = i < cn.size() ? pinyin : wade;
      f.tally(hanList, query(latinHan(p, i >= cn.size()), p), alert(i, p, p[0]), "");
    }
    PersonIndex pinyinList = index(all, n -> latinHan(n, false));
    ScriptFixtures.Figures reverse = new ScriptFixtures.Figures("Han queries, pinyin list");
    for (int i = 0; i < all.size(); i++) {
      String[] p = all.get(i);
      reverse.tally(pinyinList, query(p[0] + p[1], p), alert(i, p, p[0]), "");
    }
    Set<String> listed = names(all);
    Set<String> listedLatin = new HashSet<>();
    all.forEach(p -> listedLatin.add(latinHan(p, false)));
    ScriptFixtures.Figures negatives = new ScriptFixtures.Figures("Chinese names not listed");
    for (String[] o : people(new QueryVariations(64), "zh-CN", false)) {
      // a homophone of a listed name (封/酆 FENG) has the same MRZ name: a namesake, not a negative
      if (!listed.contains(o[0] + " " + o[1]) && !listedLatin.contains(latinHan(o, false))) {
        negatives.total++;
        List<PersonHit> hits = hanList.search(query(latinHan(o, false), o));
        if (!hits.isEmpty()) {
          negatives.found++;
          negatives.examples.add(
              o[0]
                  + o[1]
                  + " "
                  + latinHan(o, false)
                  + " "
                  + o[3]
                  + " -> "
                  + ScriptFixtures.describe(hits.get(0)));
        }
      }
    }
    print("Han", List.of(pinyin, wade, reverse), negatives);
    assertThat(pinyin.recall(wade)).isGreaterThanOrEqualTo(0.95);
    assertThat(reverse.recall(null)).isGreaterThanOrEqualTo(0.95);
    assertThat(negatives.rate()).isLessThanOrEqualTo(0.01);
  }

  /** The UN's Cyrillic-script individuals: Cyrillic list vs MRZ, Latin list vs Cyrillic. */
  private static ScriptFixtures.Figures unBothWays() throws IOException {
    List<PersonAlert> persons = ScriptFixtures.unPersonsWithOriginalScript(Romanizer::hasCyrillic);
    List<PersonAlert> national = new ArrayList<>();
    for (PersonAlert a : persons) {
      national.add(ScriptFixtures.onlyName(a, ScriptFixtures.original(a)));
    }
    PersonIndex cyr = PersonIndex.of(national.stream());
    PersonIndex latin =
        PersonIndex.of(ScriptFixtures.withoutOriginalScript(Watchlists.fullLists()).stream());
    QueryVariations v = new QueryVariations(65);
    ScriptFixtures.Figures f = new ScriptFixtures.Figures("UN Cyrillic individuals, both ways");
    for (PersonAlert a : persons) {
      String mrz = MrzRespellings.mrz(ScriptFixtures.latin(a));
      f.tally(cyr, ScriptFixtures.query(a, mrz, v), a, mrz);
      f.tally(latin, ScriptFixtures.query(a, ScriptFixtures.original(a), v), a, "");
    }
    return f;
  }

  /** Persons [surname, given, patronymic or "", birth date] of a datafaker locale. */
  private static List<String[]> people(QueryVariations v, String locale, boolean slavic)
      throws IOException {
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < PERSONS; i++) {
      boolean male = !slavic || v.nextInt(2) == 0;
      String sex = slavic ? (male ? "male_" : "female_") : "";
      List<String> s = ScriptFixtures.dataFaker(locale, sex + "last_name");
      List<String> g = ScriptFixtures.dataFaker(locale, sex + "first_name");
      String patronymic = "";
      if (slavic) {
        List<String> m = ScriptFixtures.dataFaker(locale, sex + "middle_name");
        patronymic = m.get(v.nextInt(m.size()));
      }
      out.add(
          new String[] {
            s.get(v.nextInt(s.size())),
            g.get(v.nextInt(g.size())),
            patronymic,
            v.randomDateOfBirth(),
            male ? "M" : "F"
          });
    }
    return out;
  }

  private static PersonIndex index(List<String[]> people, Function<String[], String> name) {
    List<PersonAlert> alerts = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      alerts.add(alert(i, people.get(i), name.apply(people.get(i)).strip()));
    }
    return PersonIndex.of(alerts.stream());
  }

  private static PersonAlert alert(int i, String[] p, String name) {
    return PersonAlert.builder("NAT", "P" + i)
        .name(name, NameKind.PRIMARY)
        .dateOfBirth(DateOfBirth.of(LocalDate.parse(p[3])))
        .sex(Sex.fromMrz(p[4].charAt(0)))
        .build();
  }

  private static ScreeningQuery query(String name, String[] p) {
    return ScreeningQuery.of(name, null, p[3], null, p[4], null, null);
  }

  private static Set<String> names(List<String[]> people) {
    Set<String> out = new HashSet<>();
    people.forEach(p -> out.add(p[0] + " " + p[1]));
    return out;
  }

  /** The MRZ of a Chinese name: surname, then the given name in one word. */
  private static String latinHan(String[] p, boolean wadeGiles) {
    StringBuilder given = new StringBuilder();
    for (char c : p[1].toCharArray()) {
      String py = PINYIN.transliterate(String.valueOf(c)).strip();
      given.append(wadeGiles ? WadeGiles.of(py) : py);
    }
    StringBuilder s = new StringBuilder();
    for (char c : p[0].toCharArray()) {
      String py = SURNAME.transliterate(String.valueOf(c)).strip();
      s.append(wadeGiles ? WadeGiles.of(py) : py);
    }
    String surname = s.toString();
    return surname + " " + given;
  }

  /** Older Soviet and Russian passports: French-based romanisation. */
  static String frenchStyle(String cyrillic) {
    StringBuilder b = new StringBuilder();
    String u = cyrillic.toUpperCase(Locale.ROOT);
    for (char c : u.toCharArray()) {
      b.append(
          switch (c) {
            case 'А' -> "A";
            case 'Б' -> "B";
            case 'В' -> "V";
            case 'Г' -> "G";
            case 'Д' -> "D";
            case 'Е', 'Э', 'Є' -> "E";
            case 'Ё' -> "IO";
            case 'Ж' -> "J";
            case 'З' -> "Z";
            case 'И', 'І', 'Ї' -> "I";
            case 'Й' -> "I";
            case 'К' -> "K";
            case 'Л' -> "L";
            case 'М' -> "M";
            case 'Н' -> "N";
            case 'О' -> "O";
            case 'П' -> "P";
            case 'Р' -> "R";
            case 'С' -> "S";
            case 'Т' -> "T";
            case 'У' -> "OU";
            case 'Ф' -> "F";
            case 'Х' -> "KH";
            case 'Ц' -> "TS";
            case 'Ч' -> "TCH";
            case 'Ш' -> "CH";
            case 'Щ' -> "CHTCH";
            case 'Ы' -> "Y";
            case 'Ю' -> "IOU";
            case 'Я' -> "IA";
            case 'Ґ' -> "G";
            case 'Ь', 'Ъ', '\'', '’' -> "";
            default -> String.valueOf(c);
          });
    }
    return b.toString();
  }

  private static void print(
      String title, List<ScriptFixtures.Figures> figures, ScriptFixtures.Figures negatives) {
    System.out.printf(Locale.ROOT, "cross-script quality: %s%n", title);
    figures.forEach(ScriptFixtures.Figures::print);
    negatives.printNegatives();
  }
}
