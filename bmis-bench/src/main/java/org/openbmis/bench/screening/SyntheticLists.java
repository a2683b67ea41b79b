package org.openbmis.bench.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
 * A synthetic population of names with the shape of real lists and real traveller flows, seeded and
 * reproducible. The distribution (see also docs/benchmarks.md):
 *
 * <ul>
 *   <li>Nine naming cultures with population shares: Arabic 22%, Anglo 14%, Hispanic 12%, South
 *       Asian 12%, Chinese 10%, Slavic 10%, West African 8%, Turkish/Persian 6%, continental
 *       European 6%.
 *   <li>Surnames per culture: a Zipf law (rank r has weight 1/r^s) over a vocabulary of 60,000
 *       names whose first ranks are real common surnames of that culture (SMITH, GARCIA, WANG,
 *       AL-RASHID, ...) and whose tail is generated from the culture's syllables. s = 0.8 for most
 *       cultures (top surname about 2% of the culture, as SMITH is about 1% in the US census), 1.1
 *       for Chinese (WANG, LI and ZHANG together about 20%), 0.9 for Arabic and South Asian. Over 1
 *       million persons that gives about 400,000 distinct surnames.
 *   <li>Given names: Zipf with s = 1.05 over real given names (head) and 1,500 generated ones
 *       (tail), per culture and sex, so MOHAMMED is about one Arabic man in seven and JOHN, JAMES
 *       about 4% of Anglo men. 40% of Arabic names carry the father's name as a middle name, Slavic
 *       names a patronymic, others a second given name 25% of the time.
 *   <li>Aliases: 0-4 per person (mean 1.6): transliteration respellings (MOHAMMED / MUHAMMAD, KH /
 *       H, OU / U, -OV / -OFF, J / DJ, AL- joined or dropped), reordered parts, dropped middle
 *       names, initials, one-letter typos.
 *   <li>Birth dates 1940-2006, a quarter year-only, 5% a range of years; 80% men; nationality
 *       mostly of the culture; half with a passport number.
 * </ul>
 *
 * <p>Queries are half listed persons (one of their names with a realistic variation: typo,
 * respelling, reordering, dropped middle name; the listed date of birth, or only its year) and half
 * travellers from the same population who are not listed (a separate random stream): so common
 * names like MOHAMMED ALI or JOHN SMITH come up at their real frequency and hit their listed
 * namesakes, which is the expensive case.
 */
final class SyntheticLists {
  private static final int SURNAME_VOCABULARY = 60_000;
  private static final int GIVEN_VOCABULARY = 1_500;

  private record Culture(
      String name,
      double share,
      double surnameExponent,
      String[] surnames,
      String[] male,
      String[] female,
      String[] syllables,
      String[] endings,
      String[] states) {}

  private static final Culture[] CULTURES = {
    new Culture(
        "arabic",
        0.22,
        0.9,
        words(
            "AL-RASHID HADDAD MANSOUR KHOURY NASSER AL-ZAHRANI EL-MASRI ABDELAZIZ HASSAN ALI"
                + " MOHAMMED IBRAHIM SALEH AL-SHAMMARI AL-QAHTANI AL-OTAIBI AL-HARBI OTHMAN YOUSEF"
                + " HAMDAN AL-AHMAD KHALIL SULEIMAN AL-TAMIMI AL-DOSARI ABBAS HUSSEIN AZIZ SALEM"
                + " BAKR AL-MASRI SAAD"),
        words(
            "MOHAMMED AHMED ALI OMAR ABDULLAH YOUSSEF IBRAHIM HASSAN HUSSEIN KHALED MAHMOUD MUSTAFA"
                + " SAID SALEH TARIQ BILAL HAMZA YASSER JAMAL KHALIL ABDELRAHMAN ABDULAZIZ NASSER"
                + " FAISAL SAMI WALID ADEL ZIAD KARIM RAMI OSAMA ISMAIL"),
        words(
            "FATIMA AISHA MARIAM ZAINAB NOOR LAYLA HALA SARA AMAL HUDA RANIA SALMA YASMIN DINA"
                + " NADIA SAMIRA"),
        words(
            "AB AL AM AN AS AZ BA DA DI FA FI HA HI JA JI KHA LA MA MI NA NI QA RA RI SA SHA TA WA YA ZA"),
        words("I AN OUN AWI ANI ID IR"),
        words("SYR IRQ EGY SAU YEM JOR LBN SDN LBY DZA MAR TUN")),
    new Culture(
        "anglo",
        0.14,
        0.8,
        words(
            "SMITH JOHNSON WILLIAMS BROWN JONES MILLER DAVIS WILSON TAYLOR ANDERSON THOMAS MOORE"
                + " JACKSON WHITE HARRIS MARTIN THOMPSON CLARK LEWIS ROBINSON WALKER YOUNG ALLEN"
                + " KING WRIGHT SCOTT HILL GREEN ADAMS BAKER"),
        words(
            "JAMES JOHN ROBERT MICHAEL WILLIAM DAVID RICHARD JOSEPH THOMAS CHARLES CHRISTOPHER"
                + " DANIEL MATTHEW ANTHONY MARK PAUL STEVEN ANDREW KENNETH GEORGE EDWARD BRIAN"),
        words(
            "MARY PATRICIA JENNIFER LINDA ELIZABETH BARBARA SUSAN JESSICA SARAH KAREN NANCY LISA"
                + " BETTY MARGARET"),
        words("AL BER TON WOOD ING HAM WORTH LEY FORD BRO OK CART WRIGHT STON FIELD MAN SON DER"),
        words("S SON TON LEY"),
        words("USA GBR CAN AUS IRL NZL")),
    new Culture(
        "hispanic",
        0.12,
        0.8,
        words(
            "GARCIA RODRIGUEZ MARTINEZ HERNANDEZ LOPEZ GONZALEZ PEREZ SANCHEZ RAMIREZ TORRES"
                + " FLORES RIVERA GOMEZ DIAZ REYES MORALES CRUZ ORTIZ GUTIERREZ CHAVEZ RAMOS RUIZ"
                + " FERNANDEZ JIMENEZ MENDOZA CASTILLO VARGAS ROMERO"),
        words(
            "JOSE JUAN LUIS CARLOS MIGUEL JORGE PEDRO MANUEL FRANCISCO ANTONIO JAVIER RAFAEL"
                + " FERNANDO RICARDO ALEJANDRO DIEGO SERGIO EDUARDO"),
        words("MARIA CARMEN ANA ROSA LAURA ISABEL LUCIA ELENA SOFIA GABRIELA PATRICIA DANIELA"),
        words("AL BA CA DO GA LA MA NA RA SA TA VA RE LO NO ZA QUE"),
        words("EZ ES OS ERA ADO"),
        words("MEX COL VEN ESP ARG PER CUB HND GTM")),
    new Culture(
        "south-asian",
        0.12,
        0.9,
        words(
            "KHAN SHARMA PATEL SINGH KUMAR HUSSAIN QURESHI AHMED MALIK CHAUDHRY GUPTA REDDY RAO"
                + " SHAH IQBAL BUTT MIRZA SHEIKH DAS BHATT JOSHI VERMA YADAV MEHTA NAIR IYER"
                + " RAHMAN CHOWDHURY ISLAM HOSSAIN"),
        words(
            "MOHAMMAD MUHAMMAD IMRAN ASIF RAHUL AMIT RAJESH SURESH ABDUL SANJAY VIJAY ANIL ARJUN"
                + " FAROOQ TARIQ USMAN ZAHID SHAHID NADEEM JAVED SALMAN RAVI"),
        words("PRIYA ANJALI SUNITA FATIMA AYESHA NEHA POOJA SAIRA NAZIA RUKHSANA DEEPA"),
        words("RA MA NA SHA KHA DA PA VA JA LA TA GA BHA CHA SU MI DE"),
        words("AN I ANI AR WAL"),
        words("PAK IND BGD AFG LKA NPL")),
    new Culture(
        "chinese",
        0.10,
        1.1,
        words(
            "WANG LI ZHANG LIU CHEN YANG HUANG ZHAO WU ZHOU XU SUN MA ZHU HU GUO HE LIN GAO LUO"
                + " ZHENG LIANG XIE TANG HAN CAO DENG FENG"),
        words(
            "WEI JUN MING HAO JIAN TAO LEI YONG JIE QIANG GANG BIN PENG HUI CHAO XIN YI FEI LONG"),
        words("FANG JING LI YAN NA MIN XIU HONG YING LING MEI JUAN"),
        words("ZH CH SH X J Q W Y L M N H G K"),
        words("ANG ENG ONG UAN IAN IN UN AO OU"),
        words("CHN TWN HKG SGP")),
    new Culture(
        "slavic",
        0.10,
        0.8,
        words(
            "IVANOV SMIRNOV KUZNETSOV POPOV VASILIEV PETROV SOKOLOV MIKHAILOV NOVIKOV FEDOROV"
                + " MOROZOV VOLKOV ALEKSEEV LEBEDEV SEMENOV EGOROV PAVLOV KOZLOV STEPANOV"
                + " NIKOLAEV ORLOV ANDREEV MAKAROV NIKITIN ZAKHAROV SHEVCHENKO KOVALENKO BONDARENKO"
                + " NOWAK KOWALSKI"),
        words(
            "ALEXANDER SERGEI DMITRI ANDREI ALEXEI IVAN MIKHAIL NIKOLAI VLADIMIR YURI OLEG PAVEL"
                + " VIKTOR IGOR ARTEM MAXIM ROMAN"),
        words("OLGA NATALIA TATIANA IRINA ELENA SVETLANA ANNA YULIA EKATERINA MARINA"),
        words("VO LO KO RO MI SI NO BO GO DA KU ZA PO TE VE GRI SHA"),
        words("OV EV IN SKY ENKO UK"),
        words("RUS UKR BLR POL KAZ SRB")),
    new Culture(
        "west-african",
        0.08,
        0.8,
        words(
            "OKAFOR ADEYEMI MENSAH OKONKWO BELLO IBRAHIM DIALLO TRAORE KONE COULIBALY OUEDRAOGO"
                + " BAH SOW CAMARA TOURE ABUBAKAR MUSA USMAN OBI EZE OWUSU BOATENG ASANTE ADEBAYO"
                + " OLAWALE CISSE KEITA SANGARE"),
        words(
            "MAMADOU MOUSSA IBRAHIMA CHINEDU EMEKA KWAME KOFI OUSMANE ABDOULAYE SEKOU ADAMA"
                + " OLUWASEUN TUNDE AMADOU YAW SULEIMAN"),
        words("NGOZI AMINATA FATOUMATA AISSATOU ADJOA CHIOMA FUNMILAYO AMA MARIAMA"),
        words("A BA DE KO LA MA NA O SA TU WA YE CHI NE GBE KWA DI"),
        words("E O U A WU"),
        words("NGA GHA SEN MLI CIV GIN BFA NER")),
    new Culture(
        "turkish-persian",
        0.06,
        0.8,
        words(
            "YILMAZ KAYA DEMIR SAHIN CELIK YILDIZ YILDIRIM OZTURK AYDIN OZDEMIR ARSLAN DOGAN"
                + " MOHAMMADI HOSSEINI AHMADI REZAEI MOUSAVI JAFARI KARIMI RAHIMI HASHEMI SADEGHI"),
        words(
            "MEHMET AHMET MUSTAFA ALI HUSEYIN HASAN IBRAHIM EMRE MURAT OMER REZA MEHDI AMIR HOSSEIN"
                + " ALIREZA MOHAMMAD REZA HAMID"),
        words("ZEYNEP AYSE FATMA EMINE ELIF MARYAM ZAHRA FATEMEH MARYAM"),
        words("KA RA DE MIR TA SE YIL DIZ GUL HOS SEI NI ZA DEH BA"),
        words("OGLU ER AN I ZADEH"),
        words("TUR IRN AZE")),
    new Culture(
        "european",
        0.06,
        0.8,
        words(
            "MULLER SCHMIDT SCHNEIDER FISCHER WEBER MEYER WAGNER BECKER MARTIN BERNARD DUBOIS"
                + " THOMAS ROBERT RICHARD PETIT ROSSI RUSSO FERRARI ESPOSITO BIANCHI ROMANO SILVA"
                + " SANTOS OLIVEIRA PAPADOPOULOS NAGY POPESCU JANSSEN JANSEN"),
        words(
            "JEAN PIERRE LOUIS HANS KLAUS STEFAN GIUSEPPE MARCO LUCA JOAO GIORGOS GABOR ION"
                + " FRANCOIS MICHEL THOMAS PETER"),
        words("MARIE ANNA SOPHIE CLAIRE GIULIA CHIARA ANA ELENI ANDREA"),
        words("BER MAN SCHU LAN DO RO SI CHI NEL VAN HOF BRU KE TI"),
        words("ER ELLI INI AUD ESCU EN"),
        words("DEU FRA ITA PRT GRC HUN ROU NLD BEL"))
  };

  /** Common respellings across transliteration schemes: from, to (applied once, randomly). */
  private static final String[][] RESPELL = {
    {"MOHAMMED", "MUHAMMAD"},
    {"MOHAMMED", "MOHAMED"},
    {"MUHAMMAD", "MOHAMMAD"},
    {"YOUSSEF", "YUSUF"},
    {"HUSSEIN", "HUSAYN"},
    {"KH", "H"},
    {"OU", "U"},
    {"EE", "I"},
    {"OV", "OFF"},
    {"SKY", "SKIY"},
    {"J", "DJ"},
    {"Y", "I"},
    {"SH", "SCH"},
    {"AL-", "AL"},
    {"AL-", "EL-"},
    {"EI", "EY"},
    {"IA", "IYA"},
    {"Q", "K"},
    {"W", "V"},
    {"PH", "F"}
  };

  private static final double[][] SURNAME_CDF = new double[CULTURES.length][];
  private static final double[][] GIVEN_CDF = new double[CULTURES.length][];

  static {
    for (int c = 0; c < CULTURES.length; c++) {
      SURNAME_CDF[c] = zipf(SURNAME_VOCABULARY, CULTURES[c].surnameExponent());
      GIVEN_CDF[c] = zipf(GIVEN_VOCABULARY, 1.05);
    }
  }

  private final Random r;

  SyntheticLists(long seed) {
    r = new Random(seed);
  }

  /** One listed person with 0-4 aliases. */
  PersonAlert person(int id) {
    Culture c = culture();
    boolean male = r.nextInt(5) != 0;
    String surname = surname(c);
    String given = given(c, male);
    String middle = middle(c, male);
    String full = middle == null ? given : given + " " + middle;
    PersonAlertBuilder b =
        PersonAlert.builder("SYN", Integer.toString(id)).action(AlertAction.REFER_TO_SECONDARY);
    b.name(surname + ", " + full, NameKind.PRIMARY);
    int aliases = aliasCount();
    for (int i = 0; i < aliases; i++) {
      b.name(alias(given, middle, surname), NameKind.ALIAS);
    }
    int year = 1940 + r.nextInt(67);
    LocalDate dob = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
    int kind = r.nextInt(20);
    b.dateOfBirth(
        kind == 0
            ? DateOfBirth.range(year - 2, year + 2)
            : kind <= 5 ? DateOfBirth.year(year) : DateOfBirth.of(dob));
    b.nationality(
        r.nextInt(10) == 0
            ? pick(CULTURES[r.nextInt(CULTURES.length)].states())
            : pick(c.states()));
    b.sex(male ? Sex.MALE : Sex.FEMALE);
    if (r.nextBoolean()) {
      b.document(new IdentityDocument(documentNumber(), pick(c.states()), "Passport"));
    }
    return b.build();
  }

  /** A listed person as a traveller: one of the names, varied, with the listed birth date. */
  ScreeningQuery listed(PersonAlert alert) {
    String name = alert.names().get(r.nextInt(alert.names().size())).value().replace(",", "");
    List<String> parts = new ArrayList<>(Arrays.asList(name.split(" ")));
    switch (r.nextInt(5)) {
      case 0 -> {
        int i = r.nextInt(parts.size());
        parts.set(i, typo(parts.get(i)));
      }
      case 1 -> parts.replaceAll(this::respell);
      case 2 -> Collections.shuffle(parts, r);
      case 3 -> {
        if (parts.size() > 2) {
          parts.remove(1);
        }
      }
      default -> {}
    }
    DateOfBirth d = alert.datesOfBirth().get(0);
    String dob =
        d.isFullDate() && r.nextInt(3) != 0 ? d.toString() : String.format("%04d", d.year());
    String nat = alert.nationalities().iterator().next();
    String sex = alert.sex() == Sex.FEMALE ? "F" : "M";
    String surname = parts.get(parts.size() - 1);
    String given = String.join(" ", parts.subList(0, parts.size() - 1));
    return ScreeningQuery.of(surname, given.isEmpty() ? null : given, dob, nat, sex, null, null);
  }

  /** A traveller who is not listed, drawn from the same population, as read from an MRZ. */
  ScreeningQuery unlisted() {
    Culture c = culture();
    boolean male = r.nextInt(2) == 0;
    String given = given(c, male);
    String middle = r.nextInt(3) == 0 ? middle(c, male) : null;
    LocalDate dob = LocalDate.of(1940 + r.nextInt(67), 1 + r.nextInt(12), 1 + r.nextInt(28));
    return ScreeningQuery.of(
        surname(c),
        middle == null ? given : given + " " + middle,
        dob.toString(),
        pick(c.states()),
        male ? "M" : "F",
        documentNumber(),
        pick(c.states()));
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

  /**
   * The shape of a generated list: persons, names, distinct name tokens, the most frequent tokens
   * (share of persons carrying each), and how many are called JOHN SMITH or MOHAMMED ALI.
   */
  static String describe(List<PersonAlert> alerts) {
    java.util.Map<String, Integer> persons = new java.util.HashMap<>();
    long names = 0;
    int johnSmith = 0;
    int mohammedAli = 0;
    for (PersonAlert a : alerts) {
      java.util.Set<String> tokens = new java.util.HashSet<>();
      for (var n : a.names()) {
        names++;
        tokens.addAll(Arrays.asList(n.value().replace(",", "").split("[ -]")));
      }
      tokens.forEach(t -> persons.merge(t, 1, Integer::sum));
      String primary = a.names().get(0).value();
      johnSmith += primary.startsWith("SMITH, JOHN") ? 1 : 0;
      mohammedAli += primary.startsWith("ALI, MOHAMMED") ? 1 : 0;
    }
    StringBuilder b =
        new StringBuilder(
            String.format(
                "synthetic list: %d persons, %d names, %d distinct tokens; JOHN SMITH %d,"
                    + " MOHAMMED ALI %d; most frequent tokens (share of persons):",
                alerts.size(), names, persons.size(), johnSmith, mohammedAli));
    persons.entrySet().stream()
        .sorted((x, y) -> y.getValue() - x.getValue())
        .limit(12)
        .forEach(
            e ->
                b.append(
                    String.format(" %s %.2f%%", e.getKey(), 100.0 * e.getValue() / alerts.size())));
    return b.toString();
  }

  private Culture culture() {
    double x = r.nextDouble();
    for (Culture c : CULTURES) {
      x -= c.share();
      if (x < 0) {
        return c;
      }
    }
    return CULTURES[0];
  }

  private String surname(Culture c) {
    int idx = indexOf(c);
    int rank = sample(SURNAME_CDF[idx]);
    if (rank < c.surnames().length) {
      return c.surnames()[rank];
    }
    if (c.name().equals("chinese")) {
      return generated(c, idx * 1_000_003L + rank, 2);
    }
    String s =
        generated(c, idx * 1_000_003L + rank, 2 + rank % 3)
            + c.endings()[rank % c.endings().length];
    return c.name().equals("arabic") && rank % 3 == 0 ? "AL-" + s : s;
  }

  private String given(Culture c, boolean male) {
    String[] head = male ? c.male() : c.female();
    int rank = sample(GIVEN_CDF[indexOf(c)]);
    if (rank < head.length) {
      return head[rank];
    }
    return generated(c, (male ? 7_000_003L : 9_000_011L) + indexOf(c) * 10_007L + rank, 2);
  }

  private String middle(Culture c, boolean male) {
    switch (c.name()) {
      case "arabic" -> {
        return r.nextInt(5) < 2 ? given(c, true) : null;
      }
      case "slavic" -> {
        String father = given(c, true);
        String stem =
            father.endsWith("I") || father.endsWith("Y")
                ? father.substring(0, father.length() - 1) + "E"
                : father;
        return stem + (male ? "VICH" : "VNA");
      }
      default -> {
        return r.nextInt(4) == 0 ? given(c, male) : null;
      }
    }
  }

  /** A name from the culture's syllables, the same for the same rank (a fixed vocabulary). */
  private static String generated(Culture c, long seed, int syllables) {
    Random g = new Random(seed);
    StringBuilder b = new StringBuilder();
    boolean chinese = c.name().equals("chinese");
    for (int i = 0; i < syllables; i++) {
      b.append(c.syllables()[g.nextInt(c.syllables().length)]);
      if (chinese) {
        b.append(c.endings()[g.nextInt(c.endings().length)]);
      }
    }
    return b.toString();
  }

  private int aliasCount() {
    int x = r.nextInt(100);
    return x < 20 ? 0 : x < 50 ? 1 : x < 80 ? 2 : x < 93 ? 3 : 4;
  }

  private String alias(String given, String middle, String surname) {
    List<String> parts = new ArrayList<>();
    parts.add(given);
    if (middle != null && r.nextInt(3) != 0) {
      parts.add(r.nextInt(4) == 0 ? middle.substring(0, 1) : middle);
    }
    parts.add(surname);
    switch (r.nextInt(4)) {
      case 0 -> parts.replaceAll(this::respell);
      case 1 -> Collections.shuffle(parts, r);
      case 2 -> parts.set(parts.size() - 1, typo(surname));
      default -> parts.set(0, respell(given));
    }
    return String.join(" ", parts);
  }

  private String respell(String w) {
    int start = r.nextInt(RESPELL.length);
    for (int i = 0; i < RESPELL.length; i++) {
      String[] rule = RESPELL[(start + i) % RESPELL.length];
      int at = w.indexOf(rule[0]);
      if (at >= 0) {
        return w.substring(0, at) + rule[1] + w.substring(at + rule[0].length());
      }
    }
    return w;
  }

  private String typo(String w) {
    if (w.length() < 5) {
      return w;
    }
    int i = 1 + r.nextInt(w.length() - 2);
    return switch (r.nextInt(3)) {
      case 0 -> w.substring(0, i) + (char) ('A' + r.nextInt(26)) + w.substring(i + 1);
      case 1 -> w.substring(0, i) + w.substring(i + 1);
      default -> w.substring(0, i - 1) + w.charAt(i) + w.charAt(i - 1) + w.substring(i + 1);
    };
  }

  private int sample(double[] cdf) {
    int i = Arrays.binarySearch(cdf, r.nextDouble());
    return Math.min(i >= 0 ? i : -i - 1, cdf.length - 1);
  }

  private static int indexOf(Culture c) {
    for (int i = 0; i < CULTURES.length; i++) {
      if (CULTURES[i] == c) {
        return i;
      }
    }
    throw new IllegalArgumentException(c.name());
  }

  private static double[] zipf(int n, double s) {
    double[] cdf = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += Math.pow(i + 1, -s);
      cdf[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      cdf[i] /= sum;
    }
    return cdf;
  }

  private static String[] words(String s) {
    return s.split(" ");
  }
}
