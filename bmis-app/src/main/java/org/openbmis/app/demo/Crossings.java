package org.openbmis.app.demo;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.PostType;
import org.openbmis.app.movement.Purpose;
import org.openbmis.app.movement.RefusalReason;
import org.openbmis.app.movement.TransportMode;

/** The details of a crossing: time of day, transport and carrier, purpose, length of stay. */
final class Crossings {

  private static final String[] AIRLINES = {
    "ET", "KQ", "MS", "AT", "TK", "EK", "QR", "AF", "KL", "LH", "BA", "P4", "WB", "SA", "HF"
  };
  private static final String[] VESSELS = {
    "MV Anyder Star", "MV Amaurot Express", "MV Coral Spirit", "MT Gulf Pioneer",
        "MV East Bay Queen",
    "MV Lagoon Trader", "MV Sea Harmony", "MV Northern Light", "MV Island Breeze",
        "MT Ocean Venture"
  };
  private static final String[] ADDRESSES = {
    "Hotel Anyder, River Road, Amaurot", "Grand Utopia Hotel, Amaurot",
        "12 Hythloday Street, Amaurot",
    "Abraxa Beach Resort, Abraxa", "Lakeside Lodge, Lakeside", "Mission guest house, Northgate",
    "University residence, Amaurot", "Harbour View Hotel, Port of Amaurot", "c/o family, Abraxa",
    "Company compound, Eastern Highlands"
  };
  private static final int[] AIR_HOURS = {
    1, 1, 1, 1, 2, 4, 6, 7, 8, 8, 7, 7, 7, 7, 8, 8, 8, 9, 9, 8, 7, 5, 3, 2
  };
  private static final int[] LAND_HOURS = {
    0, 0, 0, 0, 0, 0, 3, 7, 9, 9, 8, 8, 7, 7, 8, 8, 7, 6, 4, 2, 0, 0, 0, 0
  };
  private static final int[] SEA_HOURS = {
    0, 0, 0, 0, 0, 0, 0, 4, 6, 7, 6, 5, 4, 4, 5, 6, 6, 5, 4, 2, 0, 0, 0, 0
  };

  private static final Map<PostType, Weighted<Integer>> HOURS = hours();

  private final Random random;
  private final Map<String, List<String>> flights = new HashMap<>();

  Crossings(List<DemoPost> posts, Random random) {
    this.random = random;
    for (DemoPost p : posts) {
      if (p.type() == PostType.AIR) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < 6 + p.traffic() / 2; i++) {
          list.add(AIRLINES[random.nextInt(AIRLINES.length)] + " " + (100 + random.nextInt(900)));
        }
        flights.put(p.code(), list);
      }
    }
  }

  /** A time of day, busier in daytime; land and sea posts are closed at night. */
  LocalTime time(DemoPost post) {
    int hour = HOURS.get(post.type()).pick(random);
    return LocalTime.of(hour, random.nextInt(60), random.nextInt(60));
  }

  private static Map<PostType, Weighted<Integer>> hours() {
    Map<PostType, Weighted<Integer>> map = new EnumMap<>(PostType.class);
    map.put(PostType.AIR, hours(AIR_HOURS));
    map.put(PostType.LAND, hours(LAND_HOURS));
    map.put(PostType.SEA, hours(SEA_HOURS));
    return map;
  }

  private static Weighted<Integer> hours(int[] profile) {
    Weighted<Integer> hours = new Weighted<>();
    for (int h = 0; h < 24; h++) {
      hours.add(h, profile[h]);
    }
    return hours;
  }

  TransportMode mode(DemoPost post) {
    return switch (post.type()) {
      case AIR -> TransportMode.AIR;
      case SEA -> TransportMode.SEA;
      case LAND -> random.nextDouble() < 0.7 ? TransportMode.ROAD : TransportMode.PEDESTRIAN;
    };
  }

  @Nullable String carrier(DemoPost post, TransportMode mode, String nationality) {
    return switch (mode) {
      case AIR -> pick(flights.get(post.code()));
      case SEA -> VESSELS[random.nextInt(VESSELS.length)];
      case ROAD -> plate(random.nextDouble() < 0.6 ? nationality : "UTO");
      default -> null;
    };
  }

  private String plate(String country) {
    return switch (country) {
      case "KEN" -> "K" + letters(2) + " " + digits(3) + letters(1);
      case "UGA" -> "U" + letters(2) + " " + digits(3) + letters(1);
      case "NGA" -> letters(3) + "-" + digits(3) + letters(2);
      case "ETH" -> "3-" + letters(1) + digits(5);
      case "BEN" -> letters(2) + " " + digits(4) + " RB";
      case "NER" -> digits(1) + letters(1) + " " + digits(4) + " RN";
      default -> "UT " + digits(4) + " " + letters(2);
    };
  }

  Purpose foreignPurpose(boolean neighbourByLand) {
    return (neighbourByLand ? NEIGHBOUR_PURPOSES : FOREIGN_PURPOSES).pick(random);
  }

  Purpose nationalPurpose() {
    return NATIONAL_PURPOSES.pick(random);
  }

  /** Days of presence (inclusive) of a foreigner, or days abroad of a national. */
  int stay(Purpose purpose, boolean neighbourByLand) {
    if (neighbourByLand && purpose == Purpose.BUSINESS) {
      return 1 + random.nextInt(3);
    }
    return switch (purpose) {
      case TRANSIT -> 1 + random.nextInt(2);
      case BUSINESS -> 2 + random.nextInt(9);
      case TOURISM -> 4 + random.nextInt(18);
      case FAMILY_VISIT -> 5 + random.nextInt(40);
      case WORK -> 20 + random.nextInt(71);
      case STUDY -> 40 + random.nextInt(51);
      default -> 1 + random.nextInt(30);
    };
  }

  RefusalReason refusalReason() {
    return REFUSALS.pick(random);
  }

  /** Inspection time, 8 to 60 s: nationals quick, refusals and referrals slow. */
  long millis(boolean national, boolean admitted) {
    int lo = admitted ? (national ? 8 : 14) : 35;
    int hi = admitted ? (national ? 30 : 50) : 60;
    double t = lo + (hi - lo) * Math.pow(random.nextDouble(), 1.6);
    return Math.round(t * 1000);
  }

  String address() {
    return ADDRESSES[random.nextInt(ADDRESSES.length)];
  }

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private String letters(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('A' + random.nextInt(26)));
    }
    return b.toString();
  }

  private String digits(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + random.nextInt(10)));
    }
    return b.toString();
  }

  private static final Weighted<Purpose> FOREIGN_PURPOSES =
      new Weighted<Purpose>()
          .add(Purpose.TOURISM, 35)
          .add(Purpose.BUSINESS, 25)
          .add(Purpose.FAMILY_VISIT, 15)
          .add(Purpose.WORK, 8)
          .add(Purpose.STUDY, 3)
          .add(Purpose.TRANSIT, 6)
          .add(Purpose.OTHER, 3);
  private static final Weighted<Purpose> NEIGHBOUR_PURPOSES =
      new Weighted<Purpose>()
          .add(Purpose.BUSINESS, 45)
          .add(Purpose.FAMILY_VISIT, 30)
          .add(Purpose.TOURISM, 10)
          .add(Purpose.WORK, 10)
          .add(Purpose.OTHER, 5);
  private static final Weighted<Purpose> NATIONAL_PURPOSES =
      new Weighted<Purpose>()
          .add(Purpose.TOURISM, 30)
          .add(Purpose.BUSINESS, 30)
          .add(Purpose.FAMILY_VISIT, 20)
          .add(Purpose.WORK, 10)
          .add(Purpose.STUDY, 5)
          .add(Purpose.OTHER, 5);
  private static final Weighted<RefusalReason> REFUSALS =
      new Weighted<RefusalReason>()
          .add(RefusalReason.A, 10)
          .add(RefusalReason.B, 5)
          .add(RefusalReason.C, 25)
          .add(RefusalReason.D, 3)
          .add(RefusalReason.E, 22)
          .add(RefusalReason.F, 5)
          .add(RefusalReason.G, 10)
          .add(RefusalReason.H, 8)
          .add(RefusalReason.I, 3)
          .add(RefusalReason.J, 9);
}
