package org.openbmis.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateInferenceTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  @Test
  void birthDateIsNeverInTheFuture() {
    assertThat(DateInference.birth("740812", TODAY)).isEqualTo(LocalDate.of(1974, 8, 12));
    assertThat(DateInference.birth("261127", TODAY)).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(DateInference.birth("261128", TODAY)).isEqualTo(LocalDate.of(1926, 11, 28));
    assertThat(DateInference.birth("000229", TODAY)).isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @Test
  void expiryTakesTheNearestCentury() {
    assertThat(DateInference.expiry("120415", TODAY)).isEqualTo(LocalDate.of(2012, 4, 15));
    assertThat(DateInference.expiry("500724", TODAY)).isEqualTo(LocalDate.of(2050, 7, 24));
    assertThat(DateInference.expiry("940623", TODAY)).isEqualTo(LocalDate.of(1994, 6, 23));
    assertThat(DateInference.expiry("760101", TODAY)).isEqualTo(LocalDate.of(2076, 1, 1));
    assertThat(DateInference.expiry("770101", TODAY)).isEqualTo(LocalDate.of(1977, 1, 1));
  }

  @Test
  void invalidDatesAreNotGuessed() {
    assertThat(DateInference.birth("880941", TODAY)).isNull();
    assertThat(DateInference.birth("BB0911", TODAY)).isNull();
    assertThat(DateInference.expiry("200746", TODAY)).isNull();
    assertThat(DateInference.expiry("010229", TODAY)).isNull();
    assertThat(DateInference.isReal("<<<<<<")).isFalse();
  }

  @Test
  void parserUsesTheInjectedClock() {
    String mrz =
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
            + "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    Clock in1990 = Clock.fixed(Instant.parse("1990-01-01T00:00:00Z"), ZoneOffset.UTC);
    MrzResult r = new MrzParser(in1990, true).parse(mrz);
    assertThat(r.dateOfBirth()).isEqualTo(LocalDate.of(1974, 8, 12));
    assertThat(r.dateOfExpiry()).isEqualTo(LocalDate.of(2012, 4, 15));
    Clock in2080 = Clock.fixed(Instant.parse("2080-01-01T00:00:00Z"), ZoneOffset.UTC);
    assertThat(new MrzParser(in2080, true).parse(mrz).dateOfBirth())
        .isEqualTo(LocalDate.of(2074, 8, 12));
  }
}
