package org.openbmis.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openbmis.mrz.Sex;

class NameMatchingTest {
  private final PersonIndex index =
      PersonIndex.of(
          Stream.of(
              alert(
                  "1",
                  "AL-ZAWAHIRI, Ayman Muhammad",
                  DateOfBirth.of(java.time.LocalDate.of(1951, 6, 19))),
              alert("2", "Yusuf Abdurrahman Ibrahim", DateOfBirth.year(1970)),
              alert("3", "Щукин Иван Петрович", DateOfBirth.range(1960, 1962)),
              alert("4", "John Albert Smith", null),
              alert("5", "Maria de los Santos Van der Berg", null)));

  private static PersonAlert alert(String id, String name, DateOfBirth dob) {
    return PersonAlert.builder("T", id)
        .name(name, NameKind.PRIMARY)
        .dateOfBirth(dob)
        .sex(Sex.MALE)
        .nationality("EGY")
        .build();
  }

  private double score(String query, String dob) {
    List<PersonHit> hits =
        index.search(ScreeningQuery.of(query, null, dob, null, null, null, null), 0);
    return hits.isEmpty() ? 0 : hits.get(0).score();
  }

  private String top(String query) {
    List<PersonHit> hits = index.search(ScreeningQuery.name(query, null), 0);
    return hits.isEmpty() ? "" : hits.get(0).alert().sourceId();
  }

  @Test
  void tokenOrderTyposAndParticles() {
    assertThat(score("Ayman Muhammad al Zawahiri", null)).isGreaterThan(0.95);
    assertThat(score("ZAWAHRI AYMAN MUHAMMAD", null)).isGreaterThan(0.85);
    assertThat(score("AYMAN ALZAWAHIRI", null)).isGreaterThan(0.8);
    assertThat(top("ALZAWAHIRI AYMAN")).isEqualTo("1");
  }

  @Test
  void equivalentGivenNamesAndCompounds() {
    assertThat(score("Joseph Abdul Rahman Ibrahim", null)).isGreaterThan(0.85);
    assertThat(score("Youssef Abdelrahman Ebrahim", null)).isGreaterThan(0.85);
    assertThat(score("Ayman Mohamed Zawahiri", null)).isGreaterThan(0.79);
  }

  @Test
  void transliterationSchemesAndInitials() {
    assertThat(score("SHCHUKIN IVAN PETROVICH", null)).isGreaterThan(0.9);
    assertThat(score("SCHUKIN IVAN", null)).isGreaterThan(0.8);
    assertThat(score("Sukin Ivan Petrovich", null)).isGreaterThan(0.8);
    assertThat(score("J A Smith", null)).isGreaterThan(0.75);
  }

  @Test
  void missingAndExtraMiddleNames() {
    assertThat(score("John Smith", null)).isGreaterThan(0.8);
    assertThat(score("John Albert Edward Smith", null)).isGreaterThan(0.85);
    assertThat(score("Maria Santos Berg", null)).isGreaterThan(0.8);
    assertThat(score("John Miller", null)).isLessThan(0.6);
  }

  @Test
  void birthDateEvidenceForAndAgainst() {
    double none = score("Ayman al Zawahiri", null);
    assertThat(score("Ayman al Zawahiri", "1951-06-19")).isGreaterThan(none);
    assertThat(score("Ayman al Zawahiri", "1951-19-06".equals("") ? null : "1951"))
        .isGreaterThan(none - 0.001);
    assertThat(score("Ayman al Zawahiri", "1980-01-01")).isLessThan(none - 0.15);
    assertThat(score("Ivan Shchukin", "1961")).isGreaterThan(score("Ivan Shchukin", "1975"));
    PersonHit swapped =
        index
            .search(ScreeningQuery.of("Ayman al Zawahiri", null, null, null, null, null, null), 0)
            .get(0);
    assertThat(swapped.explanation().text()).contains("AYMAN ~ AYMAN same");
  }

  @Test
  void dayMonthSwapAndQualifierConflicts() {
    PersonAlert a =
        PersonAlert.builder("T", "9")
            .name("Karim Benali", NameKind.PRIMARY)
            .dateOfBirth(DateOfBirth.parse("1980-03-07"))
            .sex(Sex.FEMALE)
            .nationality("DZA")
            .build();
    PersonIndex i = PersonIndex.of(Stream.of(a));
    PersonHit hit =
        i.search(ScreeningQuery.of("Benali", "Karim", "1980-07-03", "FRA", "M", null, null), 0)
            .get(0);
    assertThat(hit.explanation().qualifiers())
        .extracting(QualifierEvidence::qualifier)
        .contains("date of birth", "nationality", "sex");
    assertThat(hit.explanation().text())
        .contains("swapped")
        .contains("nationality conflicts")
        .contains("sex conflicts");
  }

  @Test
  void documentNumberFindsPersonDespiteOcrConfusion() {
    PersonAlert a =
        PersonAlert.builder("T", "d")
            .name("Omar Haddad", NameKind.PRIMARY)
            .document(new IdentityDocument("AB1205O8", "JOR", "Passport"))
            .build();
    PersonIndex i = PersonIndex.of(Stream.of(a));
    List<PersonHit> hits =
        i.search(new ScreeningQuery(null, null, null, null, null, "A81ZOS08", "JOR"));
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).score()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void incrementalAddAndRemove() {
    PersonIndex i = PersonIndex.of(Stream.empty());
    i.add(alert("x", "Ali Hassan Kowalski", null));
    assertThat(i.search(ScreeningQuery.name("Kowalski", "Ali Hassan"))).hasSize(1);
    assertThat(i.remove("T", "x")).isTrue();
    assertThat(i.search(ScreeningQuery.name("Kowalski", "Ali Hassan"))).isEmpty();
    assertThat(i.size()).isZero();
  }
}
