package org.openbmis.app.screening;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How hits read on screen: the explanation as lines, times in UTC to the minute. */
final class HitTexts {

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private HitTexts() {}

  /** {@code names; qualifier; qualifier} as lines: the name parts first, then each qualifier. */
  static List<String> lines(String explanation) {
    return Arrays.stream(explanation.split(";\\s*"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  static String minute(@Nullable Instant at) {
    return at == null ? "" : MINUTE.format(at);
  }
}
