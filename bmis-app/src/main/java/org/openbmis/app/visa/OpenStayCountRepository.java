package org.openbmis.app.visa;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The number of open stays by authorised end, post and nationality ({@code vis_open_stay_count}),
 * kept in the transaction that opens, changes or closes a stay. Adding is an upsert ({@code INSERT
 * ... ON CONFLICT} on PostgreSQL, safe against a concurrent first insert of the same key; {@code
 * MERGE} on H2); subtracting is a {@code MERGE} on both that removes a row reaching zero.
 */
@Repository
class OpenStayCountRepository {

  /** The post of a count whose stay has no post. */
  static final UUID NO_POST = new UUID(0, 0);

  /** The nationality of a count whose stay has none (as the overstay report shows it). */
  static final String NO_NATIONALITY = "-";

  private static final Logger log = LoggerFactory.getLogger(OpenStayCountRepository.class);

  private static final String OPEN_STAY_KEY =
      "select authorised_until, coalesce(post_id, ?) as post_id,"
          + " coalesce(nationality, '-') as nationality";
  private static final String OPEN_STAY =
      " from vis_authorised_stay where entry_movement_id = ? and closed_at is null";

  private static final String KEY =
      " on t.authorised_until = s.authorised_until and t.post_id = s.post_id"
          + " and t.nationality = s.nationality";

  private final JdbcClient jdbc;
  private final String add;

  OpenStayCountRepository(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.add =
        isPostgres(dataSource)
            ? "insert into vis_open_stay_count (authorised_until, post_id, nationality, stays) "
                + OPEN_STAY_KEY
                + ", 1"
                + OPEN_STAY
                + " on conflict (authorised_until, post_id, nationality)"
                + " do update set stays = vis_open_stay_count.stays + excluded.stays"
            : "merge into vis_open_stay_count t using ("
                + OPEN_STAY_KEY
                + OPEN_STAY
                + ") s"
                + KEY
                + " when matched then update set stays = t.stays + 1"
                + " when not matched then insert (authorised_until, post_id, nationality, stays)"
                + " values (s.authorised_until, s.post_id, s.nationality, 1)";
  }

  /** Counts the stay of this entry, if it is open (read from the stay as it is now). */
  void add(UUID entryMovementId) {
    jdbc.sql(add).params(NO_POST, entryMovementId).update();
  }

  /** Takes {@code n} open stays off a key; a row reaching zero is removed. */
  void subtract(LocalDate until, @Nullable UUID postId, @Nullable String nationality, long n) {
    int changed =
        jdbc.sql(
                "merge into vis_open_stay_count t using (select cast(? as date) as authorised_until,"
                    + " cast(? as uuid) as post_id, cast(? as varchar(3)) as nationality,"
                    + " cast(? as bigint) as n) s"
                    + KEY
                    + " when matched and t.stays <= s.n then delete"
                    + " when matched then update set stays = t.stays - s.n")
            .params(
                until,
                postId == null ? NO_POST : postId,
                nationality == null ? NO_NATIONALITY : nationality,
                n)
            .update();
    if (changed == 0) {
      log.warn(
          "No open-stay count to subtract {} from ({}, {}, {})", n, until, postId, nationality);
    }
  }

  private static boolean isPostgres(DataSource ds) {
    try (Connection c = ds.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the database product", e);
    }
  }
}
