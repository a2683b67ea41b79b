package org.openbmis.app;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.openbmis.mrz.MrzFields;
import org.openbmis.mrz.MrzFormat;
import org.openbmis.mrz.MrzGenerator;
import org.openbmis.mrz.Sex;

/** Fixture builder: passports of fictional travellers, with valid MRZs from bmis-mrz. */
public final class Passports {

  private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100000));

  private Passports() {}

  /** A unique 9-character document number for this test run. */
  public static String nextNumber() {
    return String.format("T%08d", SEQ.incrementAndGet() % 100_000_000);
  }

  /** A TD3 passport (names in any script are transliterated by the generator). */
  public static String td3(
      String issuer, String number, String surname, String given, LocalDate dob, LocalDate expiry) {
    return MrzGenerator.generate(
        new MrzFields(
            MrzFormat.TD3,
            "P",
            issuer,
            number,
            surname,
            given,
            issuer,
            dob,
            Sex.FEMALE,
            expiry,
            ""));
  }

  /** A valid Kenyan passport, expiring in five years. */
  public static String kenyan(String number, String surname, String given) {
    return td3(
        "KEN", number, surname, given, LocalDate.of(1985, 3, 14), LocalDate.now().plusYears(5));
  }
}
