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
  static final List<String> PROCESSING_KEYS =
      List.of("on_day", "post_id", "desk_id", "at_hour", "bucket");
  static final String NO_DESK = "00000000-0000-0000-0000-000000000000";
  static final String MONTH_OF_DAY =
      "cast(extract(year from on_day) as integer) * 100 + cast(extract(month from on_day) as integer)";

  private static final String FLOW_SOURCE =
      """
      select m.local_date as on_day, m.post_id, m.direction, m.decision, coalesce(m.nationality, '-') as nationality,
        coalesce(m.sex, '-') as sex,
        coalesce(least(85, greatest(0, (cast(extract(year from m.local_date) as integer) - m.birth_year) / 5 * 5)), -1)
          as age_from,
        coalesce(m.purpose, '-') as purpose, coalesce(m.transport_mode, '-') as transport_mode,
        coalesce(m.refusal_reason, '-') as refusal_reason
      from mov_movement m""";

  private static final String CARRIER_SOURCE =
      """
      select m.local_date as on_day, m.post_id, m.direction, coalesce(m.transport_mode, '-') as transport_mode,
        coalesce(upper(trim(m.carrier)), '-') as carrier
      from mov_movement m""";

  private static final String PROCESSING_SOURCE =
      """
      select m.local_date as on_day, m.post_id, coalesce(m.desk_id, cast('%s' as uuid)) as desk_id,
        cast(extract(hour from (m.recorded_at at time zone p.time_zone)) as integer) as at_hour,
        case when m.inspection_millis < 120000 then cast(m.inspection_millis / 1000 as integer)
          when m.inspection_millis < 600000 then cast(120 + (m.inspection_millis - 120000) / 10000 as integer)
          else 168 end as bucket,
        m.inspection_millis as millis
      from mov_movement m join adm_border_post p on p.id = m.post_id
      where m.inspection_millis is not null"""
          .formatted(NO_DESK);

  private AggregateSql() {}

  /** Daily flow rows; {@code where} is empty or starts with "where". */
  static String flowDay(String where) {
    String keys = cols(FLOW_KEYS);
    return "select on_day, "
        + keys
        + ", count(*) as movements from ("
        + FLOW_SOURCE
        + " "
        + where
        + ") s group by on_day, "
        + keys;
  }

  /** Monthly flow rows from the daily rows selected by {@code daySelect}. */
  static String flowMonth(String daySelect) {
    String keys = cols(FLOW_KEYS);
    return "select in_month, "
        + keys
        + ", sum(movements) as movements from (select "
        + MONTH_OF_DAY
        + " as in_month, "
        + keys
        + ", movements from ("
        + daySelect
        + ") d) s group by in_month, "
        + keys;
  }

  static String carrierDay(String where) {
    String keys = cols(CARRIER_KEYS);
    return "select "
        + keys
        + ", count(*) as movements from ("
        + CARRIER_SOURCE
        + " "
        + where
        + ") s group by "
        + keys;
  }

  /** {@code and} clause appended to the processing source's where. */
  static String processing(String andWhere) {
    String keys = cols(PROCESSING_KEYS);
    return "select "
        + keys
        + ", count(*) as inspections, sum(millis) as total_millis from ("
        + PROCESSING_SOURCE
        + " "
        + andWhere
        + ") s group by "
        + keys;
  }

  static String cols(List<String> cols) {
    return String.join(", ", cols);
  }

  static List<String> with(String first, List<String> rest) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream())
        .collect(Collectors.toList());
  }
}
