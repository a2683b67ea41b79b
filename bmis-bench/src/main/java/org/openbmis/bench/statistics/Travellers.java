package org.openbmis.bench.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;
import java.util.UUID;

/** A pool of generated travellers with one document each (movements pick from it). */
final class Travellers {

  private final UUID[] travellers;
  private final UUID[] documents;
  private final String[] nationalities;
  private final String[] sexes;
  private final int[] birthYears;

  private Travellers(int n) {
    travellers = new UUID[n];
    documents = new UUID[n];
    nationalities = new String[n];
    sexes = new String[n];
    birthYears = new int[n];
  }

  static Travellers create(
      Connection c, int n, SplittableRandom random, String[] nationalities, OffsetDateTime now)
      throws SQLException {
    Travellers pool = new Travellers(n);
    try (PreparedStatement t =
            c.prepareStatement(
                "insert into trv_traveller (id, primary_identifier,"
                    + " secondary_identifier, name_key, date_of_birth, sex, nationality, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement d =
            c.prepareStatement(
                "insert into trv_document (id, traveller_id, document_code,"
                    + " document_number, issuing_state, birth_key, source, first_seen_at) values (?, ?, 'P', ?, ?, ?, 'MRZ', ?)")) {
      for (int i = 0; i < n; i++) {
        pool.travellers[i] = UUID.randomUUID();
        pool.documents[i] = UUID.randomUUID();
        pool.nationalities[i] = nationalities[random.nextInt(nationalities.length)];
        pool.sexes[i] = random.nextInt(100) < 48 ? "F" : "M";
        pool.birthYears[i] = 1940 + random.nextInt(82);
        LocalDate dob =
            LocalDate.of(pool.birthYears[i], 1 + random.nextInt(12), 1 + random.nextInt(28));
        t.setObject(1, pool.travellers[i]);
        t.setString(2, "BENCH");
        t.setString(3, "TRAVELLER " + i);
        t.setString(4, "BENCH TRAVELLER " + i);
        t.setObject(5, dob);
        t.setString(6, pool.sexes[i]);
        t.setString(7, pool.nationalities[i]);
        t.setObject(8, now);
        t.addBatch();
        d.setObject(1, pool.documents[i]);
        d.setObject(2, pool.travellers[i]);
        d.setString(3, String.format("B%08d", i));
        d.setString(4, pool.nationalities[i]);
        d.setString(5, dob.toString().replace("-", "").substring(2));
        d.setObject(6, now);
        d.addBatch();
        if (i % 5000 == 4999 || i == n - 1) {
          t.executeBatch();
          d.executeBatch();
        }
      }
    }
    return pool;
  }

  int size() {
    return travellers.length;
  }

  UUID traveller(int i) {
    return travellers[i];
  }

  UUID document(int i) {
    return documents[i];
  }

  String nationality(int i) {
    return nationalities[i];
  }

  String sex(int i) {
    return sexes[i];
  }

  int birthYear(int i) {
    return birthYears[i];
  }
}
