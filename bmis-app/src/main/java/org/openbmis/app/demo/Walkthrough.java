package org.openbmis.app.demo;

import java.time.LocalDate;
import java.util.List;
import org.openbmis.mrz.MrzFields;
import org.openbmis.mrz.MrzFormat;
import org.openbmis.mrz.MrzGenerator;
import org.openbmis.mrz.Sex;

/**
 * The travellers the README's walk-through names, one per feature, with fixed passports (so their
 * MRZ lines can be printed in the README; {@code WalkthroughTest} keeps them equal).
 */
final class Walkthrough {

  /** The document number whose holder the simulated scanner presents from {@code subjects/}. */
  static final String ALERT_DOCUMENT = "G3018475";

  /** What the traveller shows. */
  enum Feature {
    CLEAN_ENTRY,
    LISTED_PERSON,
    STOLEN_DOCUMENT,
    EVISA,
    VISA_MISSING,
    OVERSTAYER,
    FINGERPRINT_MATCH,
    FINGERPRINT_ALERT
  }

  /** A walk-through traveller and the passport they present. */
  record Person(
      Feature feature,
      String surname,
      String givenNames,
      String sex,
      String nationality,
      LocalDate dateOfBirth,
      String documentNumber,
      LocalDate expiry) {

    /** The TD3 MRZ of the passport, lines joined with a newline. */
    String mrz() {
      return MrzGenerator.generate(
          new MrzFields(
              MrzFormat.TD3,
              "P",
              nationality,
              documentNumber,
              surname,
              givenNames,
              nationality,
              dateOfBirth,
              "F".equals(sex) ? Sex.FEMALE : Sex.MALE,
              expiry,
              ""));
    }
  }

  static final List<Person> PEOPLE =
      List.of(
          new Person(
              Feature.CLEAN_ENTRY,
              "OTIENO",
              "GRACE AKINYI",
              "F",
              "KEN",
              LocalDate.of(1990, 4, 17),
              "AK0457812",
              LocalDate.of(2031, 11, 30)),
          new Person(
              Feature.LISTED_PERSON,
              "HADDAD",
              "KARIM YOUSSEF",
              "M",
              "LBN",
              LocalDate.of(1979, 5, 2),
              "LR1184403",
              LocalDate.of(2030, 8, 14)),
          new Person(
              Feature.STOLEN_DOCUMENT,
              "MARTIN",
              "CAMILLE",
              "F",
              "FRA",
              LocalDate.of(1985, 11, 3),
              "21CF83946",
              LocalDate.of(2031, 3, 2)),
          new Person(
              Feature.EVISA,
              "SHARMA",
              "PRIYA",
              "F",
              "IND",
              LocalDate.of(1992, 7, 9),
              "Z4419302",
              LocalDate.of(2033, 5, 20)),
          new Person(
              Feature.VISA_MISSING,
              "QURESHI",
              "IMRAN",
              "M",
              "PAK",
              LocalDate.of(1986, 1, 25),
              "AB7720154",
              LocalDate.of(2030, 10, 1)),
          new Person(
              Feature.OVERSTAYER,
              "YILMAZ",
              "MEHMET",
              "M",
              "TUR",
              LocalDate.of(1975, 12, 12),
              "U20817463",
              LocalDate.of(2032, 2, 28)),
          new Person(
              Feature.FINGERPRINT_MATCH,
              "TESFAYE",
              "DAWIT",
              "M",
              "ETH",
              LocalDate.of(1981, 6, 30),
              "EP3391027",
              LocalDate.of(2031, 9, 15)),
          new Person(
              Feature.FINGERPRINT_ALERT,
              "MENSAH",
              "KWABENA OSEI",
              "M",
              "GHA",
              LocalDate.of(1983, 9, 21),
              ALERT_DOCUMENT,
              LocalDate.of(2032, 4, 11)));

  private Walkthrough() {}

  static Person person(Feature feature) {
    return PEOPLE.stream().filter(p -> p.feature() == feature).findFirst().orElseThrow();
  }
}
