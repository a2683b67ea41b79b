package org.openbmis.app.movement;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway V64 (issue 21): an inspection no longer needs its traveller and document to exist. They
 * are written at the decision (a cancelled scan leaves no record), so the inspection's foreign keys
 * to them go. Their names differ between H2 and PostgreSQL, hence a Java migration that finds them.
 */
@Component
class InspectionKeysMigration implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("64");
  }

  @Override
  public String getDescription() {
    return "inspection without traveller keys";
  }

  @Override
  public Integer getChecksum() {
    return 64_001;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    List<String> names = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select distinct tc.constraint_name from information_schema.table_constraints tc"
                    + " join information_schema.key_column_usage k"
                    + " on k.constraint_name = tc.constraint_name"
                    + " and k.table_name = tc.table_name"
                    + " where lower(tc.table_name) = 'mov_inspection'"
                    + " and tc.constraint_type = 'FOREIGN KEY'"
                    + " and lower(k.column_name) in ('traveller_id', 'document_id')")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    try (Statement s = c.createStatement()) {
      for (String name : names) {
        s.execute("alter table mov_inspection drop constraint \"" + name + "\"");
      }
    }
  }
}
