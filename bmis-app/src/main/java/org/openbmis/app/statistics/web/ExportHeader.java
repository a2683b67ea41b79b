package org.openbmis.app.statistics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.statistics.Dimension;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The lines an exported file starts with, before its table: what it is, the period (or the day of a
 * stock), the filters that produced it, the grouping, when it was made and the suppression rule. A
 * file passed on without its screen still says what it counts.
 */
@Component
class ExportHeader {

  private final MessageSource messages;
  private final Clock clock;

  ExportHeader(MessageSource messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  List<List<Object>> lines(
      String table,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      @Nullable LocalDate asOf,
      Map<Dimension, Set<String>> filters,
      List<String> groupBy,
      int threshold) {
    Locale locale = LocaleContextHolder.getLocale();
    List<List<Object>> lines = new ArrayList<>();
    lines.add(List.of(text("export.title", locale, table)));
    if (asOf != null) {
      lines.add(List.of(text("export.as_of", locale), asOf.toString()));
    } else if (from != null && to != null) {
      lines.add(List.of(text("export.period", locale), from.toString(), to.toString()));
    }
    lines.add(List.of(text("export.filters", locale), describe(filters, locale)));
    if (!groupBy.isEmpty()) {
      lines.add(List.of(text("export.grouped_by", locale), String.join(", ", groupBy)));
    }
    lines.add(
        List.of(
            text("export.generated", locale),
            DateTimeFormatter.ISO_INSTANT.format(
                clock.instant().atOffset(ZoneOffset.UTC).withNano(0))));
    lines.add(List.of(text("export.suppressed", locale, threshold)));
    return lines;
  }

  /** {@code nationality = GHA, KEN; direction = ENTRY}, or "none". */
  private String describe(Map<Dimension, Set<String>> filters, Locale locale) {
    if (filters.isEmpty()) {
      return text("export.filters.none", locale);
    }
    StringJoiner j = new StringJoiner("; ");
    filters.forEach((d, values) -> j.add(d.param() + " = " + String.join(", ", values)));
    return j.toString();
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
