package org.openbmis.bench.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.openbmis.mrz.Sex;
import org.openbmis.screening.AlertAction;
import org.openbmis.screening.DateOfBirth;
import org.openbmis.screening.IdentityDocument;
import org.openbmis.screening.NameKind;
import org.openbmis.screening.PersonAlert;
import org.openbmis.screening.PersonAlertBuilder;
import org.openbmis.screening.ScreeningQuery;

/**
 * Synthetic person alerts: given names and surnames from a pool of common names of many cultures
 * plus generated surnames (a long tail, as in real lists), 1-3 aliases each (reordered, respelled,
 * shortened), birth dates, nationalities, half with a passport. Seeded, reproducible.
 */
final class SyntheticLists {
  static final String[] GIVEN =
      ("MOHAMMED AHMED ALI OMAR YOUSSEF IBRAHIM HASSAN HUSSEIN KHALED MAHMOUD MUSTAFA ABDULLAH FATIMA AISHA"
              + " MARIAM ZAINAB JAMES JOHN ROBERT MICHAEL WILLIAM DAVID MARY PATRICIA JENNIFER LINDA JEAN PIERRE"
              + " LOUIS HANS KLAUS STEFAN JOSE JUAN LUIS CARLOS MIGUEL MARIA CARMEN GIUSEPPE MARCO LUCA JOAO"
              + " PIOTR IVAN SERGEI DMITRI ALEXEI OLGA NATALIA TATIANA IRINA LARS ERIK MEHMET AHMET EMRE ZEYNEP"
              + " REZA MEHDI AMIR RAHUL AMIT PRIYA ANJALI IMRAN ASIF WEI FANG JING LEI HIROSHI KENJI YUKI MINJUN"
              + " JIWOO MINH ANH SOMCHAI BUDI SITI CHINEDU EMEKA NGOZI KWAME KOFI TENDAI SIPHO JUMA ABEBE MOSHE"
              + " YOSEF GIORGOS GABOR ION ABU BAKR SALEH SAID JAMAL TARIQ BILAL HAMZA YASSER IDRIS ILYAS")
          .split(" ");
  static final String[] SURNAMES =
      ("SMITH JOHNSON WILLIAMS BROWN JONES MILLER DAVIS MARTIN BERNARD DUBOIS MULLER SCHMIDT SCHNEIDER"
              + " GARCIA RODRIGUEZ GONZALEZ FERNANDEZ LOPEZ ROSSI RUSSO FERRARI SILVA SANTOS OLIVEIRA NOWAK"
              + " KOWALSKI IVANOV SMIRNOV KUZNETSOV POPOV PETROV SHEVCHENKO HANSEN NILSSON YILMAZ KAYA DEMIR"
              + " MOHAMMADI HOSSEINI AHMADI SHARMA PATEL SINGH KUMAR KHAN HUSSAIN QURESHI WANG LI ZHANG LIU CHEN"
              + " SATO SUZUKI TANAKA KIM LEE PARK NGUYEN TRAN SANTOSO OKAFOR ADEYEMI MENSAH DLAMINI MWANGI"
              + " TESFAYE COHEN LEVI PAPADOPOULOS NAGY POPESCU MANSOUR HADDAD KHOURY NASSER AL-RASHID"
              + " AL-ZAHRANI EL-MASRI BIN LADEN ABDELAZIZ")
          .split(" ");
  private static final String[] SYLLABLES =
      "KA RA MI TO SU LE NA VO DI ZA BO RE KU SHI TA MO RI NE GA LO VA DU KE SA HA".split(" ");
  private static final String[] STATES = {
    "USA", "DEU", "FRA", "IND", "CHN", "NGA", "RUS", "EGY", "PAK", "TUR", "IRN", "SYR", "IRQ", "AFG"
  };

  private final Random r;

  SyntheticLists(long seed) {
    r = new Random(seed);
  }

  PersonAlert person(int id) {
    String given = pick(GIVEN) + (r.nextInt(3) == 0 ? " " + pick(GIVEN) : "");
    String surname = r.nextInt(2) == 0 ? pick(SURNAMES) : generatedSurname();
    PersonAlertBuilder b =
        PersonAlert.builder("SYN", Integer.toString(id)).action(AlertAction.REFER_TO_SECONDARY);
    b.name(surname + ", " + given, NameKind.PRIMARY);
    int aliases = 1 + r.nextInt(3);
    for (int i = 0; i < aliases; i++) {
      b.name(alias(given, surname), NameKind.ALIAS);
    }
    LocalDate dob = LocalDate.of(1940 + r.nextInt(65), 1 + r.nextInt(12), 1 + r.nextInt(28));
    b.dateOfBirth(r.nextInt(4) == 0 ? DateOfBirth.year(dob.getYear()) : DateOfBirth.of(dob));
    b.nationality(pick(STATES)).sex(r.nextBoolean() ? Sex.MALE : Sex.FEMALE);
    if (r.nextBoolean()) {
      b.document(new IdentityDocument(documentNumber(), pick(STATES), "Passport"));
    }
    return b.build();
  }

  /** A traveller query: a varied listed name (with its birth year) or an unlisted random name. */
  ScreeningQuery query(PersonAlert listed) {
    if (listed != null) {
      String name = listed.names().get(r.nextInt(listed.names().size())).value().replace(",", "");
      DateOfBirth d = listed.datesOfBirth().get(0);
      return ScreeningQuery.of(
          typo(name), null, String.format("%04d", d.year()), null, null, null, null);
    }
    return ScreeningQuery.of(
        pick(SURNAMES), pick(GIVEN), "1980-05-17", pick(STATES), "M", null, null);
  }

  String documentNumber() {
    StringBuilder b = new StringBuilder(9);
    for (int i = 0; i < 9; i++) {
      b.append(i < 2 ? (char) ('A' + r.nextInt(26)) : (char) ('0' + r.nextInt(10)));
    }
    return b.toString();
  }

  String pick(String[] values) {
    return values[r.nextInt(values.length)];
  }

  private String generatedSurname() {
    int n = 2 + r.nextInt(3);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(pick(SYLLABLES));
    }
    return b.toString();
  }

  private String alias(String given, String surname) {
    List<String> parts = new ArrayList<>(List.of(given.split(" ")));
    parts.add(r.nextInt(2) == 0 ? surname : typo(surname));
    java.util.Collections.shuffle(parts, r);
    return String.join(" ", parts);
  }

  private String typo(String w) {
    if (w.length() < 6) {
      return w;
    }
    int i = 1 + r.nextInt(w.length() - 2);
    return w.substring(0, i) + (char) ('A' + r.nextInt(26)) + w.substring(i + 1);
  }
}
