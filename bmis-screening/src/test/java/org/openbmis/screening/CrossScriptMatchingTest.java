package org.openbmis.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Cross-script matching rule by rule, and the explanation with both spellings. */
class CrossScriptMatchingTest {
  private static PersonIndex index(String... names) {
    return PersonIndex.of(
        Stream.of(names).map(n -> PersonAlert.builder("NAT", n).name(n, NameKind.PRIMARY).build()));
  }

  private static PersonHit best(PersonIndex index, String primary, String secondary) {
    List<PersonHit> hits = index.search(ScreeningQuery.name(primary, secondary));
    assertThat(hits).as(primary + " " + secondary).isNotEmpty();
    return hits.get(0);
  }

  @Test
  void anArabicListFindsTheMrzSpellingAndShowsBothSpellings() {
    PersonHit hit = best(index("صدام حسين التكريتي"), "AL TIKRITI", "SADDAM HUSSAIN");
    assertThat(hit.explanation().text())
        .contains("SADDAM ~ صدام: Arabic skeleton S-D-M")
        .contains("HUSSAIN ~ حسين: Arabic skeleton H-S-N")
        .contains("AL ~ ال");
    assertThat(best(index("صدام حسين التكريتي"), "TIKRITI", "SADAM HUSEIN").score())
        .isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void aLatinListFindsTheArabicScriptName() {
    PersonHit hit = best(index("ABD AL-RAHMAN MAHMOUD AL-ZAHRANI"), "الزهراني", "عبد الرحمن محمود");
    assertThat(hit.explanation().text()).contains("عبدالرحمن ~ ABDULRAHMAN: Arabic skeleton");
  }

  @Test
  void vowelsWrittenInArabicKeepHusseinApartFromHasan() {
    PersonIndex index = index("حسن علي كريم");
    List<PersonHit> hussein = index.search(ScreeningQuery.name("KARIM", "HUSSEIN ALI"));
    List<PersonHit> hasan = index.search(ScreeningQuery.name("KARIM", "HASAN ALI"));
    assertThat(hasan).isNotEmpty();
    double husseinScore = hussein.isEmpty() ? 0 : hussein.get(0).score();
    assertThat(hasan.get(0).score()).isGreaterThan(husseinScore);
  }

  @Test
  void particlesCompoundsAndAllahNamesAcrossScripts() {
    assertThat(best(index("هدايت الله"), "HIDAYATULLAH", null).score()).isGreaterThan(0.85);
    assertThat(best(index("صلاح الدين ابو بكر"), "SALAHUDDIN", "ABUBAKAR").score())
        .isGreaterThan(0.8);
    assertThat(best(index("محمد بن علي"), "MOHAMED BEN ALI", null).score()).isGreaterThan(0.85);
  }

  @Test
  void cyrillicAndHanShowTheirRomanisation() {
    PersonHit cyr = best(index("Щукин Юрий"), "SHCHUKIN", "YURIY");
    assertThat(cyr.explanation().text()).contains("Щукин").contains("SHCHUKIN");
    PersonHit han = best(index("习近平"), "XI", "JINPING");
    assertThat(han.explanation().text()).contains("习").contains("pinyin");
    assertThat(best(index("张伟"), "CHANG", "WEI").explanation().text()).contains("Wade-Giles");
  }

  @Test
  void unrelatedNamesDoNotMatchAcrossScripts() {
    assertThat(index("صدام حسين التكريتي").search(ScreeningQuery.name("SMITH", "JOHN"))).isEmpty();
    assertThat(index("Щукин Юрий").search(ScreeningQuery.name("IVANOV", "PETR"))).isEmpty();
  }
}
