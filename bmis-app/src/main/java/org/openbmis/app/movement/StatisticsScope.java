package org.openbmis.app.movement;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.Role;

/** The period and the posts of this module's statistics (desk decisions, chips read). */
final class StatisticsScope {

  private StatisticsScope() {}

  /**
   * The post the acting user's figures cover, null for every post (analysts and administrators);
   * 422 {@code statistics.period_invalid} for a period that runs backwards or spans over five
   * years.
   */
  static @Nullable UUID post(LocalDate from, LocalDate to) {
    if (to.isBefore(from) || from.plusYears(5).isBefore(to)) {
      throw new InvalidInputProblem(
          "statistics.period_invalid", "The period runs forwards and spans at most five years.");
    }
    Actor actor = CurrentActor.get();
    return actor.has(Role.ANALYST) || actor.has(Role.ADMIN) ? null : actor.postScope();
  }
}
