package org.openbmis.app.statistics;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL that turns raw movements into aggregate rows. The same source selects serve the live path
 * (one movement, by id) and the rebuild (every movement), so the two cannot drift apart.
 */
final class AggregateSql {

  static final List<String> FLOW_KEYS =
      List.of(
          "post_id",
          "direction",
          "decision",
          "nationality",
          "sex",
          "age_from",
          "purpose",
          "transport_mode",
          "refusal_reason");
  static final List<String> CARRIER_KEYS =
      List.of("on_day", "post_id", "direction", "transport_mode", "carrier");
  static final List<String> STAY_KEYS = List.of("on_day", "post_id", "nationality", "stay_from");

  /**
   * The lower bounds of the stay-length bands in days of presence (entry and exit days both count,
   * as {@code mov_movement_facts.stay_days}): 1 (a same-day trip), 2-7, 8-30, 31-90, 91-180,
   * 181-365, 366 and more.
   */
  static final List<Integer> STAY_BANDS = List.of(1, 2, 8, 31, 91, 181, 366);

  static final List<String> PROCESSING_KEYS =
      List.of("on_day", "post_id", "desk_id", "at_hour", "bucket");
  static final String NO_DESK = "00000000-0000-0000-0000-000000000000";
  static final java.util.UUID NO_DESK_ID = java.util.UUID.fromString(NO_DESK);

  /**
   * The flow dimensions the grouping sets choose from (direction and decision are in every set).
   */
  static final List<String> SET_ATTRIBUTES =
      FLOW_KEYS.stream().filter(k -> !k.equals("direction") && !k.equals("decision")).toList();

  /** Monthly flow sets: every pair of attributes. */
  static final List<List<String>> MONTH_SETS = pairs(SET_ATTRIBUTES);

  /** Daily flow sets: each attribute alone. */
  static final List<List<String>> DAY_SETS = SET_ATTRIBUTES.stream().map(List::of).toList();

  /** Monthly processing sets. */
  static final List<List<String>> PROCESSING_SETS =
      List.of(
          List.of("post_id"),
          List.of("post_id", "desk_id"),
          List.of("at_hour"),
          List.of("post_id", "at_hour"));

  static final String MONTH_OF_DAY =
      "cast(extract(year from on_day) as integer) * 100 + cast(extract(month from on_day) as integer)";

  /** The flow keys of a movement {@code m}, with {@code on_day} first. */
  private static final String FLOW_COLUMNS =
      """
      m.local_date as on_day, m.post_id, m.direction, m.decision, coalesce(m.nationality, '-') as nationality,
        coalesce(m.sex, '-') as sex,
        coalesce(least(85, greatest(0, (cast(extract(year from m.local_date) as integer) - m.birth_year) / 5 * 5)), -1)
          as age_from,
        coalesce(m.purpose, '-') as purpose, coalesce(m.transport_mode, '-') as transport_mode,
        coalesce(m.refusal_reason, '-') as refusal_reason""";

  private static final String CARRIER_COLUMN = "coalesce(upper(trim(m.carrier)), '-') as carrier";

  /** The processing keys of a movement {@code m} at its post {@code p}, and its milliseconds. */
  private static final String PROCESSING_COLUMNS =
      """
      coalesce(m.desk_id, cast('%s' as uuid)) as desk_id,
        cast(extract(hour from (m.recorded_at at time zone p.time_zone)) as integer) as at_hour,
        case when m.inspection_millis < 120000 then cast(m.inspection_millis / 1000 as integer)
          when m.inspection_millis < 600000 then cast(120 + (m.inspection_millis - 120000) / 10000 as integer)
          else 168 end as bucket,
        m.inspection_millis as millis"""
          .formatted(NO_DESK);

  private static final String FLOW_SOURCE = "select " + FLOW_COLUMNS + " from mov_movement_facts m";

  private static final String CARRIER_SOURCE =
      "select m.local_date as on_day, m.post_id, m.direction, coalesce(m.transport_mode, '-') as transport_mode, "
          + CARRIER_COLUMN
          + " from mov_movement_facts m";

  /**
   * The stay keys of an admitted exit {@code m} that closed a stay: its day, post, nationality and
   * the lower bound of its stay's band ({@link #STAY_BANDS}).
   */
  private static final String STAY_SOURCE =
      "select m.local_date as on_day, m.post_id, coalesce(m.nationality, '-') as nationality, "
          + stayBand("m.stay_days")
          + " as stay_from from mov_movement_facts m where m.direction = 'EXIT'"
          + " and m.decision = 'ADMITTED' and m.stay_days is not null";

  private static final String PROCESSING_SOURCE =
      "select m.local_date as on_day, m.post_id, "
          + PROCESSING_COLUMNS
          + " from mov_movement_facts m join adm_border_post p on p.id = m.post_id"
          + " where m.inspection_millis is not null";

  /**
   * One row per movement with the raw values behind every key of the three sources, for the H2
   * rebuild, which derives the keys in Java ({@link MonthRollups}, reading the columns by name) the
   * way the columns above derive them in SQL: the day ({@code local_date}), post, direction,
   * decision, nationality, sex, birth year, purpose, transport mode, refusal reason, carrier, desk,
   * {@code recorded_at}, {@code inspection_millis} (null when the inspection was not timed) and
   * {@code stay_days} (null unless an exit closed a stay). Reading raw values and deriving in Java
   * took the month's read from 12 to about 7 microseconds a movement on H2.
   */
  private static final String RAW_SOURCE =
      "select m.local_date, m.post_id, m.direction, m.decision, m.nationality, m.sex,"
          + " m.birth_year, m.purpose, m.transport_mode, m.refusal_reason, m.carrier, m.desk_id,"
          + " m.recorded_at, m.inspection_millis, m.stay_days from mov_movement_facts m";

  private AggregateSql() {}

  /**
   * One row per movement with the raw values behind every aggregate's keys (see {@link #RAW_SOURCE}
   * for the columns); {@code where} starts with "where".
   */
  static String rawSource(String where) {
    return RAW_SOURCE + " " + where;
  }

  /** Daily flow rows; {@code where} is empty or starts with "where". */
  static String flowDay(String where) {
    return grouped(with("on_day", FLOW_KEYS), "count(*) as movements", FLOW_SOURCE + " " + where);
  }

  /** Monthly flow rows from the daily rows selected by {@code daySelect}. */
  static String flowMonth(String daySelect) {
    return grouped(
        with("in_month", FLOW_KEYS),
        "sum(movements) as movements",
        monthly(daySelect, with("movements", FLOW_KEYS)));
  }

  static String carrierDay(String where) {
    return grouped(CARRIER_KEYS, "count(*) as movements", CARRIER_SOURCE + " " + where);
  }

  /** Daily stay rows; {@code andWhere} is empty or starts with "and". */
  static String stayDay(String andWhere) {
    return grouped(STAY_KEYS, "count(*) as movements", STAY_SOURCE + " " + andWhere);
  }

  /** Monthly stay rows from the daily stay rows selected by {@code daySelect}. */
  static String stayMonth(String daySelect) {
    return monthlyMovements(STAY_KEYS, daySelect);
  }

  /** The band's lower bound of {@code days} (at least 1), as a {@code case} over the bands. */
  private static String stayBand(String days) {
    StringBuilder sql = new StringBuilder("case");
    for (int i = STAY_BANDS.size() - 1; i > 0; i--) {
      sql.append(" when ")
          .append(days)
          .append(" >= ")
          .append(STAY_BANDS.get(i))
          .append(" then ")
          .append(STAY_BANDS.get(i));
    }
    return sql.append(" else ").append(STAY_BANDS.get(0)).append(" end").toString();
  }

  /** {@code and} clause appended to the processing source's where. */
  static String processing(String andWhere) {
    return grouped(
        PROCESSING_KEYS,
        "count(*) as inspections, sum(millis) as total_millis",
        PROCESSING_SOURCE + " " + andWhere);
  }

  /** {@code keys} and {@code measures} of the rows selected by {@code source}, grouped by keys. */
  private static String grouped(List<String> keys, String measures, String source) {
    return "select "
        + cols(keys)
        + ", "
        + measures
        + " from ("
        + source
        + ") s group by "
        + cols(keys);
  }

  /** The name of a grouping set: its columns joined by {@code +}, in a fixed order. */
  static String setName(List<String> set) {
    return String.join("+", set);
  }

  /**
   * Flow rows of one grouping set from the flow rows selected by {@code source} (which has the
   * column {@code timeColumn} and every flow key).
   */
  static String flowSet(List<String> set, String timeColumn, String source) {
    return set(
        set,
        timeColumn,
        FLOW_KEYS,
        List.of("direction", "decision"),
        "sum(movements) as movements",
        source);
  }

  /**
   * Processing rows of one grouping set from monthly processing rows selected by {@code source}.
   */
  static String processingSet(List<String> set, String source) {
    return set(
        set,
        "in_month",
        List.of("post_id", "desk_id", "at_hour", "bucket"),
        List.of("bucket"),
        "sum(inspections) as inspections, sum(total_millis) as total_millis",
        source);
  }

  /**
   * Rows with {@code in_month} instead of {@code on_day} from the daily rows selected by {@code
   * daySelect} ({@code columns}: the other columns to keep).
   */
  static String monthly(String daySelect, List<String> columns) {
    return "select "
        + MONTH_OF_DAY
        + " as in_month, "
        + cols(columns)
        + " from ("
        + daySelect
        + ") d";
  }

  /** Monthly carrier rows from the daily carrier rows selected by {@code daySelect}. */
  static String carrierMonth(String daySelect) {
    return monthlyMovements(CARRIER_KEYS, daySelect);
  }

  /**
   * Monthly rows of a table keyed by {@code dayKeys} ({@code on_day} first) from its daily rows
   * selected by {@code daySelect}, movements summed.
   */
  private static String monthlyMovements(List<String> dayKeys, String daySelect) {
    List<String> keys = dayKeys.subList(1, dayKeys.size());
    return grouped(
        with("in_month", keys),
        "sum(movements) as movements",
        monthly(daySelect, with("movements", keys)));
  }

  private static String set(
      List<String> set,
      String timeColumn,
      List<String> keys,
      List<String> always,
      String measures,
      String source) {
    List<String> grouped = new java.util.ArrayList<>(List.of(timeColumn));
    StringBuilder select =
        new StringBuilder("select ")
            .append(timeColumn)
            .append(", '")
            .append(setName(set))
            .append("' as set_name");
    for (String k : keys) {
      if (set.contains(k) || always.contains(k)) {
        select.append(", ").append(k);
        grouped.add(k);
      } else {
        select.append(", ").append(placeholder(k)).append(" as ").append(k);
      }
    }
    return select + ", " + measures + " from (" + source + ") f group by " + cols(grouped);
  }

  /**
   * PostgreSQL only: the rows of every set in {@code sets} in one pass over {@code source} with
   * {@code GROUPING SETS}; the same rows as the union of {@link #flowSet} (or {@link
   * #processingSet}) over the sets. A key column left out of a set comes back null and takes its
   * placeholder; {@code grouping(...)} tells the sets apart and names them.
   */
  static String groupingSets(
      List<List<String>> sets,
      String timeColumn,
      List<String> keys,
      List<String> always,
      String measures,
      String source) {
    List<String> varying = keys.stream().filter(k -> !always.contains(k)).toList();
    StringBuilder name = new StringBuilder("case grouping(").append(cols(varying)).append(")");
    StringBuilder groups = new StringBuilder();
    for (List<String> set : sets) {
      int bits = 0;
      for (int i = 0; i < varying.size(); i++) {
        if (!set.contains(varying.get(i))) {
          bits |= 1 << (varying.size() - 1 - i);
        }
      }
      name.append(" when ").append(bits).append(" then '").append(setName(set)).append("'");
      List<String> grouped = new java.util.ArrayList<>(List.of(timeColumn));
      keys.stream().filter(k -> set.contains(k) || always.contains(k)).forEach(grouped::add);
      groups.append(groups.isEmpty() ? "(" : ", (").append(cols(grouped)).append(")");
    }
    StringBuilder select =
        new StringBuilder("select ").append(timeColumn).append(", ").append(name).append(" end");
    select.append(" as set_name");
    for (String k : keys) {
      select.append(", ");
      if (always.contains(k)) {
        select.append(k);
      } else {
        select.append("coalesce(").append(k).append(", ").append(placeholder(k)).append(")");
      }
      select.append(" as ").append(k);
    }
    return select
        + ", "
        + measures
        + " from ("
        + source
        + ") f group by grouping sets ("
        + groups
        + ")";
  }

  /** Yearly processing set rows from the monthly processing set rows selected by {@code source}. */
  static String processingYearly(String source) {
    List<String> keys = List.of("set_name", "post_id", "desk_id", "at_hour", "bucket");
    return "select cast(in_month / 100 as integer) as in_year, "
        + cols(keys)
        + ", sum(inspections) as inspections, sum(total_millis) as total_millis from ("
        + source
        + ") y group by cast(in_month / 100 as integer), "
        + cols(keys);
  }

  /** PostgreSQL only: every flow set of {@code sets} in one pass (see {@link #groupingSets}). */
  static String flowSets(List<List<String>> sets, String timeColumn, String source) {
    return groupingSets(
        sets,
        timeColumn,
        FLOW_KEYS,
        List.of("direction", "decision"),
        "sum(movements) as movements",
        source);
  }

  /** PostgreSQL only: every processing set in one pass (see {@link #groupingSets}). */
  static String processingSets(String source) {
    return groupingSets(
        PROCESSING_SETS,
        "in_month",
        List.of("post_id", "desk_id", "at_hour", "bucket"),
        List.of("bucket"),
        "sum(inspections) as inspections, sum(total_millis) as total_millis",
        source);
  }

  /** {@link #placeholderValue} as an SQL literal. */
  static String placeholder(String column) {
    Object value = placeholderValue(column);
    if (value instanceof java.util.UUID) {
      return "cast('" + value + "' as uuid)";
    }
    return value instanceof String ? "'" + value + "'" : value.toString();
  }

  /** The value a key column takes in a grouping set that does not include it. */
  static Object placeholderValue(String column) {
    return switch (column) {
      case "post_id", "desk_id" -> NO_DESK_ID;
      case "age_from" -> -2;
      case "at_hour" -> -1;
      default -> "*";
    };
  }

  private static List<List<String>> pairs(List<String> attributes) {
    List<List<String>> pairs = new java.util.ArrayList<>();
    for (int i = 0; i < attributes.size(); i++) {
      for (int j = i + 1; j < attributes.size(); j++) {
        pairs.add(List.of(attributes.get(i), attributes.get(j)));
      }
    }
    return List.copyOf(pairs);
  }

  /**
   * {@code select} (built on one of the sources above, perhaps nested) reading only the movements
   * of a queued batch: the source's {@code from mov_movement_facts m} becomes a join from the queue
   * ({@code sta_pending q}), so the caller's where names {@code q.batch_no}. A join, not {@code
   * m.id in (select movement_id from sta_pending ...)}: H2 2.4 evaluates that form in time
   * quadratic in the batch (28 s for a batch of 3,500 movements, 0.3 s as a join), so a worker that
   * fell behind once never caught up.
   */
  static String queued(String select) {
    String from = " from mov_movement_facts m";
    int at = select.indexOf(from);
    if (at < 0 || select.indexOf(from, at + 1) >= 0) {
      throw new IllegalArgumentException("not one movement source: " + select);
    }
    return select.substring(0, at)
        + " from sta_pending q join mov_movement_facts m on m.id = q.movement_id"
        + select.substring(at + from.length());
  }

  static String cols(List<String> cols) {
    return String.join(", ", cols);
  }

  static List<String> with(String first, List<String> rest) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream())
        .collect(Collectors.toList());
  }
}
