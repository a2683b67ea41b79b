package org.openbmis.app.demo;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A seeded traveller with their passport. Names are in MRZ letters (transliterated); {@code
 * nameKey} is the traveller module's comparison key.
 */
record DemoTraveller(
    UUID id,
    String primary,
    String secondary,
    String nameKey,
    LocalDate dateOfBirth,
    String sex,
    String nationality,
    boolean national,
    UUID documentId,
    String documentNumber,
    LocalDate expiry) {

  boolean female() {
    return "F".equals(sex);
  }
}
