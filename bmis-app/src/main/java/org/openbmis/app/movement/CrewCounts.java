package org.openbmis.app.movement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The crew/passenger split of admitted crossings, counted from the movements themselves (movement's
 * published read model for the statistics module, which does not read {@code mov_movement} for it).
 * Not part of the statistics aggregates and their month cube (ADR 0016): a range is one indexed
 * scan of the movements of its days, so the statistics module limits it to a year.
 */
@Service
public class CrewCounts {

  private final JdbcClient jdbc;

  CrewCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Admitted movements by post, direction and crew flag, local days {@code from}..{@code to}. */
  @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
  @Transactional(readOnly = true)
  public List<CrewCount> admitted(LocalDate from, LocalDate to) {
    return jdbc.sql(
            """
            select post_id, direction, crew, count(*) as n from mov_movement
            where local_date between ? and ? and decision = 'ADMITTED'
            group by post_id, direction, crew""")
        .params(from, to)
        .query(
            (rs, i) ->
                new CrewCount(
                    rs.getObject("post_id", UUID.class),
                    Direction.valueOf(rs.getString("direction")),
                    rs.getBoolean("crew"),
                    rs.getLong("n")))
        .list();
  }
}
