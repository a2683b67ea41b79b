package org.openbmis.app.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.openbmis.app.admin.PostType;
import org.openbmis.app.movement.Purpose;

/**
 * A traveller's trips over the year, in days (0 is a year ago, {@link #LAST_DAY} is today): a
 * foreigner enters then leaves, a national leaves then returns. Trips never overlap; the last one
 * may be open (the foreigner is still in the country, the national still abroad), a few foreigners
 * overstay, and a few are refused at the first crossing of a trip.
 */
final class TripPlanner {

  static final int LAST_DAY = 364;

  /** A planned trip; {@code secondDay} is -1 when the trip has no second crossing. */
  record Trip(
      DemoPost first,
      DemoPost second,
      Purpose purpose,
      int firstDay,
      int secondDay,
      boolean refused) {}

  private record Draft(
      DemoPost first, DemoPost second, Purpose purpose, int span, boolean refused) {}

  private final Random random;
  private final Crossings crossings;
  private final Weighted<DemoPost> all = new Weighted<>();
  private final Map<PostType, Weighted<DemoPost>> byType = new HashMap<>();
  private final Map<String, DemoPost> landByNeighbour = new HashMap<>();

  TripPlanner(List<DemoPost> posts, Crossings crossings, Random random) {
    this.random = random;
    this.crossings = crossings;
    for (DemoPost p : posts) {
      all.add(p, p.traffic());
      byType.computeIfAbsent(p.type(), t -> new Weighted<>()).add(p, p.traffic());
      if (p.neighbour() != null) {
        landByNeighbour.putIfAbsent(p.neighbour(), p);
      }
    }
  }

  List<Trip> plan(DemoTraveller t, int trips, int lastDay) {
    List<Draft> drafts = new ArrayList<>();
    for (int k = 0; k < trips; k++) {
      drafts.add(draft(t));
    }
    boolean open = lastDay == LAST_DAY && random.nextDouble() < (t.national() ? 0.05 : 0.13);
    Draft openTrip = null;
    int anchor = 0;
    if (open) {
      openTrip = drafts.remove(drafts.size() - 1);
      openTrip =
          new Draft(
              openTrip.first(), openTrip.second(), openTrip.purpose(), openTrip.span(), false);
      boolean overstayer = !t.national() && random.nextDouble() < 0.12;
      anchor =
          overstayer ? 91 + random.nextInt(110) : random.nextInt(Math.max(1, openTrip.span() - 1));
    }
    int available = open ? lastDay - anchor : lastDay + 1;
    List<Trip> plan = schedule(fit(drafts, available), available);
    if (openTrip != null) {
      plan.add(
          new Trip(
              openTrip.first(),
              openTrip.second(),
              openTrip.purpose(),
              lastDay - anchor,
              -1,
              false));
    }
    return plan;
  }

  private Draft draft(DemoTraveller t) {
    DemoPost first = post(t);
    DemoPost second = random.nextDouble() < 0.75 ? first : post(t);
    boolean byLand = !t.national() && t.nationality().equals(first.neighbour());
    Purpose purpose = t.national() ? crossings.nationalPurpose() : crossings.foreignPurpose(byLand);
    int stay = crossings.stay(purpose, byLand);
    if (!t.national() && random.nextDouble() < 0.015) {
      stay = 91 + random.nextInt(90);
    }
    boolean refused = random.nextDouble() < (t.national() ? 0.004 : 0.03);
    return new Draft(first, second, purpose, refused ? 1 : stay, refused);
  }

  private DemoPost post(DemoTraveller t) {
    if (t.national()) {
      return all.pick(random);
    }
    DemoPost land = landByNeighbour.get(t.nationality());
    if (land != null && random.nextDouble() < 0.7) {
      return land;
    }
    return byType.get(random.nextDouble() < 0.88 ? PostType.AIR : PostType.SEA).pick(random);
  }

  /** Shortens the trips (and drops the last ones) until they fit with a day between each. */
  private static List<Draft> fit(List<Draft> drafts, int available) {
    List<Draft> list = new ArrayList<>(drafts);
    int spans = list.stream().mapToInt(Draft::span).sum();
    if (spans + list.size() > available && !list.isEmpty()) {
      double factor = Math.max(0, (available - 2.0 * list.size()) / spans);
      list.replaceAll(
          d ->
              new Draft(
                  d.first(),
                  d.second(),
                  d.purpose(),
                  Math.max(1, (int) (d.span() * factor)),
                  d.refused()));
    }
    while (!list.isEmpty() && list.stream().mapToInt(d -> d.span() + 1).sum() > available) {
      list.remove(list.size() - 1);
    }
    return list;
  }

  /** Spreads the trips over {@code [0, available)} with random gaps. */
  private List<Trip> schedule(List<Draft> drafts, int available) {
    List<Trip> trips = new ArrayList<>();
    int needed = drafts.stream().mapToInt(d -> d.span() + 1).sum();
    int free = Math.max(0, available - needed);
    double[] cuts = new double[drafts.size() + 1];
    double sum = 0;
    for (int i = 0; i < cuts.length; i++) {
      cuts[i] = -Math.log(1 - random.nextDouble());
      sum += cuts[i];
    }
    int day = 0;
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      day += (int) (free * cuts[i] / sum);
      int second = d.refused() ? -1 : day + d.span() - 1;
      trips.add(new Trip(d.first(), d.second(), d.purpose(), day, second, d.refused()));
      day += d.span() + 1;
    }
    return trips;
  }
}
