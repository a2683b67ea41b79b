package org.openbmis.app.statistics;

import java.util.Arrays;
import java.util.Optional;

/**
 * What statistics can be grouped and filtered by. {@link #param()} is the name in the API ({@code
 * groupBy=ageGroup}); {@link #column()} the aggregate column the value derives from.
 */
public enum Dimension {
  DAY("day", "on_day"),
  WEEK("week", "on_day"),
  MONTH("month", "in_month"),
  YEAR("year", "in_month"),
  POST("post", "post_id"),
  POST_TYPE("postType", "post_id"),
  DIRECTION("direction", "direction"),
  DECISION("decision", "decision"),
  NATIONALITY("nationality", "nationality"),
  REGION("region", "nationality"),
  SUBREGION("subregion", "nationality"),
  RESIDENCE("residence", "nationality"),
  SEX("sex", "sex"),
  AGE_GROUP("ageGroup", "age_from"),
  PURPOSE("purpose", "purpose"),
  TRANSPORT_MODE("transportMode", "transport_mode"),
  REFUSAL_REASON("refusalReason", "refusal_reason"),
  CARRIER("carrier", "carrier"),
  DESK("desk", "desk_id"),
  HOUR("hour", "at_hour"),
  /** The length of the stay an admitted exit closed, in bands of days of presence. */
  STAY_LENGTH("stayLength", "stay_from"),
  /** The length of an overstay on a day, in the visa module's buckets (1-7 ... 366+ days). */
  OVERSTAY_LENGTH("overstayLength", "overstay_length");

  private final String param;
  private final String column;

  Dimension(String param, String column) {
    this.param = param;
    this.column = column;
  }

  public String param() {
    return param;
  }

  String column() {
    return column;
  }

  boolean isTime() {
    return this == DAY || this == WEEK || this == MONTH || this == YEAR;
  }

  public static Optional<Dimension> fromParam(String p) {
    return Arrays.stream(values()).filter(d -> d.param.equalsIgnoreCase(p.trim())).findFirst();
  }
}
