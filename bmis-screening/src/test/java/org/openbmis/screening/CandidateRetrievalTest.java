package org.openbmis.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Retrieval keeps only {@link PersonIndex#CANDIDATES} candidates; these lists are built so that a
 * naive top-k by token weight would lose the listed person among thousands of namesakes.
 */
class CandidateRetrievalTest {
  private static final String[] SYLLABLES = "KA RO MI TE SU LA NO VI DA ZE BU RA".split(" ");

  private static PersonAlert alert(int id, String name, DateOfBirth dob) {
    return PersonAlert.builder("T", Integer.toString(id))
        .name(name, NameKind.PRIMARY)
        .dateOfBirth(dob)
        .build();
  }

  private static String generated(Random r) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    return b.toString();
  }

  /** 6,000 alerts share each common part; the one with both parts is found, in either spelling. */
  @Test
  void twoCommonPartsFindTheListedPersonAmongThousands() {
    Random r = new Random(1);
    List<PersonAlert> alerts = new ArrayList<>();
    for (int i = 0; i < 6000; i++) {
      alerts.add(alert(i, "MOHAMMED " + generated(r), DateOfBirth.year(1950 + i % 50)));
      alerts.add(alert(10_000 + i, generated(r) + " ALI", DateOfBirth.year(1950 + i % 50)));
    }
    alerts.add(alert(99_999, "MUHAMMAD ALI", DateOfBirth.year(1971)));
    PersonIndex index = PersonIndex.of(alerts.stream());

    List<PersonHit> hits =
        index.search(ScreeningQuery.of("ALI", "MOHAMMED", "1971", null, null, null, null));

    assertThat(hits).extracting(h -> h.alert().sourceId()).first().isEqualTo("99999");
  }

  /** 3,000 namesakes: the one born in the queried year is among the candidates and on top. */
  @Test
  void birthYearRanksNamesakes() {
    List<PersonAlert> alerts = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      alerts.add(alert(i, "JOHN SMITH", DateOfBirth.year(1900 + i % 60)));
    }
    alerts.add(alert(77_777, "SMITH, John", DateOfBirth.of(java.time.LocalDate.of(1985, 3, 4))));
    PersonIndex index = PersonIndex.of(alerts.stream());

    List<PersonHit> hits =
        index.search(ScreeningQuery.of("SMITH", "JOHN", "1985-03-04", null, null, null, null));

    assertThat(hits).extracting(h -> h.alert().sourceId()).first().isEqualTo("77777");
    assertThat(hits.get(0).explanation().text()).contains("1985-03-04 vs listed 1985-03-04");
  }

  /** A rare part with a typo still finds its alert through its phonetic and folded keys. */
  @Test
  void rarePartWithATypoAmongCommonGivenNames() {
    Random r = new Random(2);
    List<PersonAlert> alerts = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      alerts.add(alert(i, "JAMES " + generated(r), null));
    }
    alerts.add(alert(55_555, "JAMES KHOURYSHEV", null));
    PersonIndex index = PersonIndex.of(alerts.stream());

    List<PersonHit> hits = index.search(ScreeningQuery.name("HOURISHEV", "JAMES"));

    assertThat(hits).extracting(h -> h.alert().sourceId()).contains("55555");
  }

  @Test
  void keyTableInternsAndFinds() {
    KeyTable t = new KeyTable();
    for (int i = 0; i < 50_000; i++) {
      assertThat(t.intern("K" + i)).isEqualTo(i);
    }
    assertThat(t.intern("K123")).isEqualTo(123);
    assertThat(t.get("K49999")).isEqualTo(49_999);
    assertThat(t.get("missing")).isEqualTo(-1);
    assertThat(t.size()).isEqualTo(50_000);
  }
}
