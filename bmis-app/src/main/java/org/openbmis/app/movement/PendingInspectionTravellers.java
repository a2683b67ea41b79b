package org.openbmis.app.movement;

import java.util.UUID;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.traveller.PendingTravellers;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The traveller of an open inspection at the user's post, written when the officer acts on them
 * before the decision (ADR 0011).
 */
@Component
class PendingInspectionTravellers implements PendingTravellers {

  private final JdbcClient jdbc;
  private final MovementService movements;

  PendingInspectionTravellers(JdbcClient jdbc, @Lazy MovementService movements) {
    this.jdbc = jdbc;
    this.movements = movements;
  }

  @Override
  public void write(UUID travellerId) {
    UUID post = CurrentActor.find().map(a -> a.postId()).orElse(null);
    if (post == null) {
      return;
    }
    jdbc.sql(
            "select id from mov_inspection where traveller_id = ? and post_id = ?"
                + " and movement_id is null and secondary_case_id is null"
                + " order by started_at desc fetch first 1 rows only")
        .params(travellerId, post)
        .query(UUID.class)
        .optional()
        .ifPresent(movements::writeTraveller);
  }
}
