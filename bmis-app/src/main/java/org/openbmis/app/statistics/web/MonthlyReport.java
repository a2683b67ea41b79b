package org.openbmis.app.statistics.web;

import com.ibm.icu.text.NumberFormat;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openbmis.app.shared.CountryNames;
import org.openbmis.app.statistics.Dimension;
import org.openbmis.app.statistics.StatRow;
import org.openbmis.app.statistics.StatisticsQuery;
import org.openbmis.app.statistics.StatisticsService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The monthly report for a minister: the country, the month, when it was generated, the totals
 * against the same month a year before, and one table with drawn bars per dimension. Counts below
 * the suppression threshold are printed as "&lt;n". Written in the reader's language (ADR 0020):
 * titles and column headers from the bundles, values as words ({@code ENTRY} is "Entrée", {@code
 * KEN} "Quénia"), numbers the language's way, Arabic right to left ({@link ReportPage}).
 */
@Component
class MonthlyReport {

  private static final Color BAR = new Color(0x2b, 0x6c, 0xb0);
  private static final int TOP = 15;

  private final StatisticsService statistics;
  private final Clock clock;
  private final MessageSource messages;
  private final ChartLabels chartLabels;
  private final CountryNames countries;

  MonthlyReport(
      StatisticsService statistics,
      Clock clock,
      MessageSource messages,
      ChartLabels chartLabels,
      CountryNames countries) {
    this.statistics = statistics;
    this.clock = clock;
    this.messages = messages;
    this.chartLabels = chartLabels;
    this.countries = countries;
  }

  /** The words of one rendering: its language, labels and page. */
  private record Words(
      Locale locale, Map<String, Map<String, String>> labels, ReportPage page, NumberFormat n) {}

  byte[] render(YearMonth month, Locale locale) {
    Words words =
        new Words(
            locale,
            chartLabels.all(locale),
            new ReportPage("ar".equals(locale.getLanguage())),
            NumberFormat.getIntegerInstance(CountryNames.cldr(locale)));
    return new Rendering(words).render(month);
  }

  /** One rendering in one language: its words are its own, so renderings never wait for others. */
  private final class Rendering {

    private final Words words;

    Rendering(Words words) {
      this.words = words;
    }

    byte[] render(YearMonth month) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
      PdfWriter.getInstance(doc, out);
      doc.open();
      var country = statistics.country();
      String name = countries.name(country.code(), words.locale());
      words
          .page()
          .text(
              doc,
              say(
                  "stats.report.title",
                  name.equals(country.code()) ? country.name() : name,
                  month.toString()),
              ReportPage.TITLE,
              0);
      words
          .page()
          .text(
              doc,
              say(
                  "stats.report.intro",
                  month.atDay(1).toString(),
                  month.atEndOfMonth().toString(),
                  DateTimeFormatter.ISO_INSTANT.format(
                      clock.instant().atOffset(ZoneOffset.UTC).withNano(0)),
                  statistics.suppressionThreshold()),
              ReportPage.BODY,
              4);
      words.page().text(doc, say("stats.report.filters"), ReportPage.BODY, 4);
      totals(doc, month);
      section(doc, "post", month, Dimension.POST);
      section(doc, "nationality", month, Dimension.NATIONALITY);
      section(doc, "region", month, Dimension.REGION);
      section(doc, "residence", month, Dimension.RESIDENCE);
      section(doc, "sex", month, Dimension.SEX);
      section(doc, "ageGroup", month, Dimension.AGE_GROUP);
      section(doc, "purpose", month, Dimension.PURPOSE);
      section(doc, "transportMode", month, Dimension.TRANSPORT_MODE);
      refusals(doc, month);
      bars(
          doc,
          say("stats.panel.stayLength"),
          Dimension.STAY_LENGTH.param(),
          rows(month, List.of(Dimension.STAY_LENGTH), Map.of()),
          false);
      overstayers(doc);
      processing(doc, month);
      doc.close();
      return out.toByteArray();
    }

    private String say(String key, Object... args) {
      Object[] shown = args.clone();
      if (words.page().rightToLeft()) {
        for (int i = 0; i < shown.length; i++) {
          // a date or month in Arabic text would read backwards (2026-11 as 11-2026): embed it
          // left to right (LRE ... PDF, the controls OpenPDF's bidi algorithm knows)
          if (shown[i] instanceof String s && !s.isEmpty() && Character.isDigit(s.charAt(0))) {
            shown[i] = "\u202A" + s + "\u202C";
          }
        }
      }
      return messages.getMessage(key, shown, key, words.locale());
    }

    /** A value of a column in words ({@code ENTRY}: "Entry"), the value itself when none. */
    private String label(String column, String value) {
      Map<String, String> known = words.labels().get(column);
      return known == null || value == null ? value : known.getOrDefault(value, value);
    }

    private String header(String column) {
      return label("columns", column);
    }

    private void totals(Document doc, YearMonth month) {
      // like with like: a month not over yet is compared over the same days a year earlier
      LocalDate today = LocalDate.now(clock);
      ComparisonPeriods periods =
          ComparisonPeriods.monthToDate(
              YearMonth.from(today).equals(month) ? today : month.atEndOfMonth());
      PdfPTable t =
          words
              .page()
              .table(
                  say("stats.report.totals", periods.previous().label()),
                  "",
                  column(periods.current()),
                  column(periods.previous()),
                  header("change"));
      Map<String, Long> now = byDirection(periods.current());
      Map<String, Long> before = byDirection(periods.previous());
      long netNow = now.getOrDefault("ENTRY", 0L) - now.getOrDefault("EXIT", 0L);
      long netBefore = before.getOrDefault("ENTRY", 0L) - before.getOrDefault("EXIT", 0L);
      long inNow = now.getOrDefault("ENTRY", 0L);
      long outNow = now.getOrDefault("EXIT", 0L);
      long inBefore = before.getOrDefault("ENTRY", 0L);
      long outBefore = before.getOrDefault("EXIT", 0L);
      var small = statistics.smallCounts();
      row(t, say("desk.flow.ARRIVALS"), inNow, inBefore, false, false);
      row(t, say("desk.flow.DEPARTURES"), outNow, outBefore, false, false);
      // a net flow beside one suppressed direction would give it away by difference
      row(
          t,
          say("stats.series.net"),
          netNow,
          netBefore,
          small.hides(inNow) || small.hides(outNow),
          small.hides(inBefore) || small.hides(outBefore));
      doc.add(t);
    }

    /**
     * A period in a narrow column: a whole month as its month ({@code 2014-02}), part of one as its
     * first day and the last day of the month it reaches ({@code 2026-12-01 – 07}), so that a
     * column never breaks a date in two.
     */
    private static String column(ComparisonPeriods.Period p) {
      boolean wholeMonth =
          p.from().getDayOfMonth() == 1 && p.to().equals(YearMonth.from(p.from()).atEndOfMonth());
      return wholeMonth
          ? YearMonth.from(p.from()).toString()
          : p.from() + " – " + String.format("%02d", p.to().getDayOfMonth());
    }

    private Map<String, Long> byDirection(ComparisonPeriods.Period p) {
      return statistics
          .movements(
              new StatisticsQuery(
                  p.from(),
                  p.to(),
                  List.of(Dimension.DIRECTION),
                  Map.of(Dimension.DECISION, java.util.Set.of("ADMITTED"))))
          .stream()
          .collect(
              java.util.stream.Collectors.toMap(
                  r -> r.dimensions().get("direction"), StatRow::count));
    }

    private void row(
        PdfPTable t, String label, long now, long before, boolean hideNow, boolean hideBefore) {
      var small = statistics.smallCounts();
      boolean noNow = hideNow || small.hides(now);
      boolean noBefore = hideBefore || small.hides(before);
      String mark = "<" + statistics.suppressionThreshold();
      t.addCell(cell(label));
      t.addCell(cell(noNow ? (hideNow ? "-" : mark) : words.n().format(now)));
      t.addCell(cell(noBefore ? (hideBefore ? "-" : mark) : words.n().format(before)));
      // the change beside a suppressed count would give it away
      t.addCell(
          cell(
              before == 0 || noNow || noBefore
                  ? "-"
                  : String.format("%+.1f%%", 100.0 * (now - before) / Math.abs(before))));
    }

    private void section(Document doc, String panel, YearMonth month, Dimension d) {
      List<StatRow> rows = rows(month, List.of(d), Map.of());
      bars(doc, say("stats.panel." + panel), d.param(), rows, true);
    }

    /** The overstayers on the day the report is made (a stock, not the month's flow). */
    private void overstayers(Document doc) {
      LocalDate today = LocalDate.now(clock);
      List<StatRow> rows =
          statistics.overstayers(
              new StatisticsQuery(today, today, List.of(Dimension.OVERSTAY_LENGTH), Map.of()),
              today);
      String title = say("stats.report.overstayers", today.toString());
      if (rows.isEmpty()) {
        words.page().text(doc, title, ReportPage.HEADING, 10);
        words.page().text(doc, say("stats.report.no_overstayers"), ReportPage.BODY, 2);
        return;
      }
      bars(doc, title, Dimension.OVERSTAY_LENGTH.param(), rows, false);
    }

    private void refusals(Document doc, YearMonth month) {
      var rows =
          rows(
              month,
              List.of(Dimension.REFUSAL_REASON),
              Map.of(Dimension.DECISION, java.util.Set.of("REFUSED")));
      bars(doc, say("stats.report.refusals"), "refusalReason", rows, true);
    }

    private void processing(Document doc, YearMonth month) {
      String title = say("stats.panel.postTimes");
      StatisticsQuery q =
          new StatisticsQuery(
              month.atDay(1), month.atEndOfMonth(), List.of(Dimension.POST), Map.of());
      List<StatRow> rows = statistics.processingTimes(q);
      if (rows.isEmpty()) {
        words.page().text(doc, title, ReportPage.HEADING, 10);
        words.page().text(doc, say("stats.report.no_inspections"), ReportPage.BODY, 2);
        return;
      }
      PdfPTable t =
          words
              .page()
              .table(
                  title,
                  header("post"),
                  say("stats.report.inspections"),
                  header("medianSeconds"),
                  header("p90Seconds"));
      for (StatRow r : rows) {
        boolean hide = statistics.smallCounts().hides(r.count());
        t.addCell(cell(r.dimensions().get("post")));
        t.addCell(cell(count(r.count())));
        t.addCell(cell(hide ? "" : String.valueOf(r.medianSeconds())));
        t.addCell(cell(hide ? "" : String.valueOf(r.p90Seconds())));
      }
      doc.add(t);
    }

    /**
     * A barred table of the rows: the largest {@link #TOP} when {@code largest}, else all in their
     * order.
     */
    private void bars(
        Document doc, String title, String column, List<StatRow> rows, boolean largest) {
      if (rows.isEmpty()) {
        // a table of headers only would not be drawn at all
        words.page().text(doc, title, ReportPage.HEADING, 10);
        words.page().text(doc, say("stats.report.no_movements"), ReportPage.BODY, 2);
        return;
      }
      // every table adds up to the month's movements: secondary suppression over all its rows
      long[] counts = rows.stream().mapToLong(StatRow::count).toArray();
      boolean[] hidden = statistics.smallCounts().hidden(counts);
      Map<StatRow, Boolean> hide = new java.util.IdentityHashMap<>();
      for (int i = 0; i < counts.length; i++) {
        hide.put(rows.get(i), hidden[i]);
      }
      List<StatRow> top =
          largest
              ? rows.stream()
                  .sorted((a, b) -> Long.compare(b.count(), a.count()))
                  .limit(TOP)
                  .toList()
              : rows;
      long max = top.stream().mapToLong(StatRow::count).max().orElse(1);
      PdfPTable t = words.page().table(title, header(column), header("count"), "");
      t.setWidths(new float[] {3, 1.2f, 6});
      for (StatRow r : top) {
        boolean h = hide.get(r);
        t.addCell(cell(label(column, r.dimensions().get(column))));
        t.addCell(
            cell(
                h
                    ? (statistics.smallCounts().hides(r.count()) ? count(r.count()) : "x")
                    : count(r.count())));
        t.addCell(bar(h ? 0 : r.count(), max));
      }
      doc.add(t);
    }

    private List<StatRow> rows(
        YearMonth m, List<Dimension> groupBy, Map<Dimension, java.util.Set<String>> filters) {
      return statistics.movements(
          new StatisticsQuery(m.atDay(1), m.atEndOfMonth(), groupBy, filters));
    }

    private String count(long n) {
      return statistics.smallCounts().hides(n)
          ? "<" + statistics.suppressionThreshold()
          : words.n().format(n);
    }

    private static PdfPCell bar(long n, long max) {
      PdfPTable inner = new PdfPTable(2);
      float share = Math.max(0.001f, (float) n / Math.max(1, max));
      inner.setWidths(new float[] {share, Math.max(0.001f, 1 - share)});
      PdfPCell filled = new PdfPCell(new Phrase(" ", ReportPage.BODY));
      filled.setBackgroundColor(BAR);
      filled.setBorder(Rectangle.NO_BORDER);
      PdfPCell empty = new PdfPCell(new Phrase(" ", ReportPage.BODY));
      empty.setBorder(Rectangle.NO_BORDER);
      inner.addCell(filled);
      inner.addCell(empty);
      PdfPCell c = new PdfPCell(inner);
      c.setBorder(Rectangle.NO_BORDER);
      return c;
    }

    private static PdfPCell cell(String text) {
      return ReportPage.cell(text);
    }
  }
}
