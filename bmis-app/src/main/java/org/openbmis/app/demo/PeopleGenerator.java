package org.openbmis.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.openbmis.mrz.IcaoTransliterator;
import org.openbmis.mrz.NameMatcher;

/**
 * Travellers with passports: the demo country's nationals at a fixed share, foreigners by region of
 * origin; names drawn from the region's lists in their own script and written in MRZ letters with
 * the Doc 9303 transliteration, as a passport reader would deliver them.
 */
final class PeopleGenerator {

  static final double NATIONAL_SHARE = 0.35;
  private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

  private final NameLists names;
  private final String country;
  private final LocalDate today;
  private final Random random;
  private final Set<String> numbers = new HashSet<>();

  PeopleGenerator(NameLists names, String country, LocalDate today, Random random) {
    this.names = names;
    this.country = country;
    this.today = today;
    this.random = random;
  }

  List<DemoTraveller> generate(int count) {
    List<DemoTraveller> people = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      people.add(person());
    }
    return people;
  }

  private DemoTraveller person() {
    boolean national = random.nextDouble() < NATIONAL_SHARE;
    NameLists.Region region = national ? names.nationalRegion(random) : names.foreignRegion(random);
    String nationality = national ? country : region.nationalities().pick(random);
    boolean female = random.nextDouble() < 0.44;
    String given = region.givenName(random, female);
    if (random.nextDouble() < 0.25) {
      String second = region.givenName(random, female);
      given = second.equals(given) ? given : given + " " + second;
    }
    String primary = IcaoTransliterator.transliterate(region.surname(random, female));
    String secondary = IcaoTransliterator.transliterate(given);
    String nameKey = NameMatcher.matchKey(primary + " " + secondary).trim();
    UUID id = new UUID(random.nextLong(), random.nextLong());
    UUID doc = new UUID(random.nextLong(), random.nextLong());
    return new DemoTraveller(
        withVersion(id),
        primary,
        secondary,
        nameKey,
        birthDate(),
        female ? "F" : "M",
        nationality,
        national,
        withVersion(doc),
        documentNumber(nationality),
        expiry());
  }

  /** Ages: a few children, most travellers of working age. */
  private LocalDate birthDate() {
    double r = random.nextDouble();
    int age =
        r < 0.06
            ? 1 + random.nextInt(17)
            : r < 0.26
                ? 18 + random.nextInt(12)
                : r < 0.56
                    ? 30 + random.nextInt(15)
                    : r < 0.84 ? 45 + random.nextInt(15) : 60 + random.nextInt(22);
    return today.minusYears(age).minusDays(random.nextInt(365));
  }

  /** Mostly 1 to 10 years ahead; about 3 % already expired (their holders stopped travelling). */
  private LocalDate expiry() {
    if (random.nextDouble() < 0.03) {
      return today.minusDays(1 + random.nextInt(200));
    }
    return today.plusDays(365 + random.nextInt(9 * 365));
  }

  /** Nine characters: one or two letters then digits, the style fixed per issuing state. */
  private String documentNumber(String state) {
    int letters = 1 + Math.floorMod(state.hashCode(), 2);
    char first = LETTERS.charAt(Math.floorMod(state.hashCode() / 2, LETTERS.length()));
    while (true) {
      StringBuilder b = new StringBuilder().append(first);
      for (int i = 1; i < 9; i++) {
        b.append(
            i < letters
                ? LETTERS.charAt(random.nextInt(LETTERS.length()))
                : (char) ('0' + random.nextInt(10)));
      }
      if (numbers.add(state + b)) {
        return b.toString();
      }
    }
  }

  private static UUID withVersion(UUID u) {
    long msb = (u.getMostSignificantBits() & ~0xF000L) | 0x4000L;
    long lsb = (u.getLeastSignificantBits() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }
}
