package org.openbmis.app.movement;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The read model on H2, a synonym of the table (a view would be materialised: ADR 0012), so the
 * plans are the table's.
 */
class MovementFactsIT extends MovementFactsContract {

  private static final DataSource H2 =
      new DriverManagerDataSource("jdbc:h2:mem:movement-facts;DB_CLOSE_DELAY=-1", "sa", "");

  @BeforeAll
  static void migrate() {
    migrate(H2, "h2");
  }

  @Override
  DataSource dataSource() {
    return H2;
  }

  @Override
  String fullScan() {
    return "tablescan";
  }

  @Override
  String travellerLookup() {
    return ": traveller_id = uuid";
  }

  @Override
  String primaryKeyLookup() {
    return "id = q.movement_id";
  }

  @Override
  String indexedMinimum() {
    return "direct lookup";
  }
}
