package org.openbmis.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.movement.Decision;
import org.openbmis.app.movement.Direction;
import org.openbmis.app.movement.Purpose;
import org.openbmis.app.movement.RefusalReason;
import org.openbmis.app.movement.TransportMode;

/**
 * Turns each traveller's planned trips into movements in time order, the way the desks would have
 * recorded them: an admitted exit after an admitted entry closes that stay ({@code stay_days},
 * inclusive); a few crossings are referred to secondary inspection and then decided there.
 */
final class MovementGenerator {

  private static final int MAX_TRIPS = 60;
  private static final double MOVEMENTS_PER_TRIP = 1.93;

  private final Instant now;
  private final Random random;
  private final Crossings crossings;
  private final TripPlanner planner;
  private final List<DemoMovement> out = new ArrayList<>();

  /** What the desks know of one traveller while their movements are generated. */
  private static final class State {
    @Nullable Instant previous;
    @Nullable DemoMovement lastAdmitted;
  }

  MovementGenerator(List<DemoPost> posts, Instant now, Random random) {
    this.now = now;
    this.random = random;
    this.crossings = new Crossings(posts, random);
    this.planner = new TripPlanner(posts, crossings, random);
  }

  List<DemoMovement> generate(List<DemoTraveller> people, int target) {
    int[] trips = allocate(people.size(), target / MOVEMENTS_PER_TRIP);
    for (int i = 0; i < people.size(); i++) {
      DemoTraveller t = people.get(i);
      long untilExpiry =
          ChronoUnit.DAYS.between(LocalDate.ofInstant(now, ZoneOffset.UTC), t.expiry());
      int lastDay = (int) Math.min(TripPlanner.LAST_DAY, TripPlanner.LAST_DAY + untilExpiry - 1);
      State state = new State();
      for (TripPlanner.Trip trip : planner.plan(t, trips[i], lastDay)) {
        Direction out1 = t.national() ? Direction.EXIT : Direction.ENTRY;
        Direction out2 = t.national() ? Direction.ENTRY : Direction.EXIT;
        boolean admitted =
            crossing(
                state,
                t,
                trip.first(),
                trip.firstDay(),
                out1,
                trip.purpose(),
                trip.refused(),
                true);
        if (admitted && trip.secondDay() >= 0) {
          Purpose back = t.national() ? Purpose.RETURNING_RESIDENT : trip.purpose();
          crossing(state, t, trip.second(), trip.secondDay(), out2, back, false, false);
        }
      }
    }
    return out;
  }

  /**
   * Records one crossing (and its referral, if any); true if the traveller was admitted. Only the
   * outbound crossing of a trip (a foreigner's entry, a national's exit) ends in a refusal after
   * secondary inspection: refusing the crossing back would leave the stay open.
   */
  private boolean crossing(
      State s,
      DemoTraveller t,
      DemoPost post,
      int day,
      Direction direction,
      Purpose purpose,
      boolean refused,
      boolean outbound) {
    Instant at = instant(post, day);
    if (s.previous != null && at.isBefore(s.previous.plusSeconds(600))) {
      at = s.previous.plus(Duration.ofMinutes(20 + random.nextInt(160)));
    }
    if (at.isAfter(now)) {
      return false;
    }
    String officer = crossings.pick(post.officers());
    if (!refused && random.nextDouble() < (t.national() ? 0.002 : 0.008)) {
      record(
          s,
          t,
          post,
          at,
          direction,
          Decision.REFERRED_TO_SECONDARY,
          null,
          purpose,
          officer,
          "Referred: document and purpose of stay to be examined");
      at = at.plus(Duration.ofMinutes(15 + random.nextInt(60)));
      if (at.isAfter(now)) {
        return false;
      }
      refused = outbound && random.nextDouble() < 0.25;
      officer = post.supervisor() != null ? post.supervisor() : officer;
    }
    RefusalReason reason = null;
    String remarks = null;
    if (refused) {
      reason =
          direction == Direction.EXIT
              ? (random.nextBoolean() ? RefusalReason.A : RefusalReason.J)
              : crossings.refusalReason();
      remarks =
          reason == RefusalReason.J
              ? (direction == Direction.EXIT
                  ? "Exit ban (court order)"
                  : "Other grounds: see report")
              : null;
    }
    Decision decision = refused ? Decision.REFUSED : Decision.ADMITTED;
    record(s, t, post, at, direction, decision, reason, purpose, officer, remarks);
    return !refused;
  }

  private void record(
      State s,
      DemoTraveller t,
      DemoPost post,
      Instant at,
      Direction direction,
      Decision decision,
      @Nullable RefusalReason reason,
      Purpose purpose,
      String officer,
      @Nullable String remarks) {
    LocalDate localDate = LocalDate.ofInstant(at, post.zone());
    boolean admitted = decision == Decision.ADMITTED;
    DemoMovement entry = s.lastAdmitted;
    boolean closes =
        admitted
            && !t.national()
            && direction == Direction.EXIT
            && entry != null
            && entry.direction() == Direction.ENTRY;
    Integer stay = closes ? (int) ChronoUnit.DAYS.between(entry.localDate(), localDate) + 1 : null;
    TransportMode mode = crossings.mode(post);
    boolean foreignEntry = !t.national() && direction == Direction.ENTRY && admitted;
    DemoMovement m =
        new DemoMovement(
            DemoIds.at(at, random),
            t,
            direction,
            decision,
            reason,
            at,
            localDate,
            post,
            crossings.pick(post.desks()),
            officer,
            purpose,
            mode,
            crossings.carrier(post, mode, t.nationality()),
            foreignEntry && random.nextDouble() < 0.8 ? crossings.address() : null,
            remarks,
            crossings.millis(t.national(), admitted),
            closes ? entry.id() : null,
            stay);
    out.add(m);
    s.previous = at;
    if (admitted) {
      s.lastAdmitted = m;
    }
  }

  /** A moment on the given day at the post, busier in daytime, never after now. */
  private Instant instant(DemoPost post, int day) {
    LocalDate date = LocalDate.ofInstant(now, post.zone()).minusDays(TripPlanner.LAST_DAY - day);
    Instant at = ZonedDateTime.of(date, crossings.time(post), post.zone()).toInstant();
    if (at.isAfter(now)) {
      Instant midnight = date.atStartOfDay(post.zone()).toInstant();
      long span = Math.max(1, Duration.between(midnight, now).getSeconds());
      at = midnight.plusSeconds((long) (random.nextDouble() * span));
    }
    return at;
  }

  /** Trips per traveller: a heavy tail of frequent travellers, at least one trip each. */
  private int[] allocate(int people, double trips) {
    double[] weight = new double[people];
    for (int i = 0; i < people; i++) {
      weight[i] = Math.pow(1 - random.nextDouble(), -1 / 1.6);
    }
    double lo = 0;
    double hi = MAX_TRIPS;
    int[] result = new int[people];
    for (int iteration = 0; iteration < 50; iteration++) {
      double k = (lo + hi) / 2;
      long total = 0;
      for (int i = 0; i < people; i++) {
        result[i] = (int) Math.max(1, Math.min(MAX_TRIPS, Math.round(weight[i] * k)));
        total += result[i];
      }
      if (total < trips) {
        lo = k;
      } else {
        hi = k;
      }
    }
    return result;
  }
}
