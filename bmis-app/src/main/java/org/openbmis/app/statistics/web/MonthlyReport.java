package org.openbmis.app.statistics.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
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
import java.util.Map;
import org.openbmis.app.statistics.Dimension;
import org.openbmis.app.statistics.StatRow;
import org.openbmis.app.statistics.StatisticsQuery;
import org.openbmis.app.statistics.StatisticsService;
import org.springframework.stereotype.Component;

/**
 * The monthly report for a minister: the country, the month, when it was generated, the totals
 * against the same month a year before, and one table with drawn bars per dimension. Counts below
 * the suppression threshold are printed as "&lt;n".
 */
@Component
class MonthlyReport {

  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
  private static final Color BAR = new Color(0x2b, 0x6c, 0xb0);
  private static final int TOP = 15;

  private final StatisticsService statistics;
  private final Clock clock;

  MonthlyReport(StatisticsService statistics, Clock clock) {
    this.statistics = statistics;
    this.clock = clock;
  }

  byte[] render(YearMonth month) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
    PdfWriter.getInstance(doc, out);
    doc.open();
    doc.add(
        new Paragraph(
            "Migration statistics: " + statistics.country().name() + ", " + month, TITLE));
    doc.add(
        new Paragraph(
            "Period "
                + month.atDay(1)
                + " to "
                + month.atEndOfMonth()
                + ". Generated "
                + DateTimeFormatter.ISO_INSTANT.format(
                    clock.instant().atOffset(ZoneOffset.UTC).withNano(0))
                + " by OpenBMIS. Counts below "
                + statistics.suppressionThreshold()
                + " are suppressed (<"
                + statistics.suppressionThreshold()
                + "); x: withheld so that a suppressed count cannot be worked out from the others.",
            BODY));
    doc.add(
        new Paragraph(
            "Filters: none (every post, every traveller; admitted crossings in the totals).",
            BODY));
    totals(doc, month);
    section(doc, "Movements by post", month, Dimension.POST);
    section(doc, "Movements by nationality (top " + TOP + ")", month, Dimension.NATIONALITY);
    section(doc, "Movements by region", month, Dimension.REGION);
    section(doc, "Residents and non-residents", month, Dimension.RESIDENCE);
    section(doc, "Movements by sex", month, Dimension.SEX);
    section(doc, "Movements by age group", month, Dimension.AGE_GROUP);
    section(doc, "Movements by purpose", month, Dimension.PURPOSE);
    section(doc, "Movements by transport mode", month, Dimension.TRANSPORT_MODE);
    refusals(doc, month);
    bars(
        doc,
        "Stays by length, in days of presence (admitted exits)",
        Dimension.STAY_LENGTH.param(),
        rows(month, List.of(Dimension.STAY_LENGTH), Map.of()),
        false);
    overstayers(doc);
    processing(doc, month);
    doc.close();
    return out.toByteArray();
  }

  private void totals(Document doc, YearMonth month) {
    // like with like: a month not over yet is compared over the same days a year earlier
    LocalDate today = LocalDate.now(clock);
    ComparisonPeriods periods =
        ComparisonPeriods.monthToDate(
            YearMonth.from(today).equals(month) ? today : month.atEndOfMonth());
    heading(doc, "Arrivals, departures and net flow, against " + periods.previous().label());
    PdfPTable t = table(4, "", periods.current().label(), periods.previous().label(), "change");
    Map<String, Long> now = byDirection(periods.current());
    Map<String, Long> before = byDirection(periods.previous());
    long netNow = now.getOrDefault("ENTRY", 0L) - now.getOrDefault("EXIT", 0L);
    long netBefore = before.getOrDefault("ENTRY", 0L) - before.getOrDefault("EXIT", 0L);
    long inNow = now.getOrDefault("ENTRY", 0L);
    long outNow = now.getOrDefault("EXIT", 0L);
    long inBefore = before.getOrDefault("ENTRY", 0L);
    long outBefore = before.getOrDefault("EXIT", 0L);
    var small = statistics.smallCounts();
    row(t, "Arrivals", inNow, inBefore, false, false);
    row(t, "Departures", outNow, outBefore, false, false);
    // a net flow beside one suppressed direction would give it away by difference
    row(
        t,
        "Net flow",
        netNow,
        netBefore,
        small.hides(inNow) || small.hides(outNow),
        small.hides(inBefore) || small.hides(outBefore));
    doc.add(t);
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
    t.addCell(cell(noNow ? (hideNow ? "-" : mark) : Long.toString(now)));
    t.addCell(cell(noBefore ? (hideBefore ? "-" : mark) : Long.toString(before)));
    // the change beside a suppressed count would give it away
    t.addCell(
        cell(
            before == 0 || noNow || noBefore
                ? "-"
                : String.format("%+.1f%%", 100.0 * (now - before) / Math.abs(before))));
  }

  private void section(Document doc, String title, YearMonth month, Dimension d) {
    List<StatRow> rows = rows(month, List.of(d), Map.of());
    bars(doc, title, d.param(), rows, true);
  }

  /** The overstayers on the day the report is made (a stock, not the month's flow). */
  private void overstayers(Document doc) {
    LocalDate today = LocalDate.now(clock);
    List<StatRow> rows =
        statistics.overstayers(
            new StatisticsQuery(today, today, List.of(Dimension.OVERSTAY_LENGTH), Map.of()), today);
    String title = "Overstayers on " + today + ", by length of overstay in days";
    if (rows.isEmpty()) {
      heading(doc, title);
      doc.add(new Paragraph("No overstayers on that day.", BODY));
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
    bars(
        doc,
        "Refusals by reason (Schengen Borders Code, Annex V, Part B)",
        "refusalReason",
        rows,
        true);
  }

  private void processing(Document doc, YearMonth month) {
    heading(doc, "Processing time by post (seconds)");
    StatisticsQuery q =
        new StatisticsQuery(
            month.atDay(1), month.atEndOfMonth(), List.of(Dimension.POST), Map.of());
    List<StatRow> rows = statistics.processingTimes(q);
    if (rows.isEmpty()) {
      doc.add(new Paragraph("No inspections recorded in this month.", BODY));
      return;
    }
    PdfPTable t = table(4, "post", "inspections", "median", "90th percentile");
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
    heading(doc, title);
    if (rows.isEmpty()) {
      // a table of headers only would not be drawn at all
      doc.add(new Paragraph("No movements recorded in this month.", BODY));
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
            ? rows.stream().sorted((a, b) -> Long.compare(b.count(), a.count())).limit(TOP).toList()
            : rows;
    long max = top.stream().mapToLong(StatRow::count).max().orElse(1);
    PdfPTable t = table(3, column, "count", "");
    t.setWidths(new float[] {3, 1.2f, 6});
    for (StatRow r : top) {
      boolean h = hide.get(r);
      t.addCell(cell(r.dimensions().get(column)));
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
        : Long.toString(n);
  }

  private static PdfPCell bar(long n, long max) {
    PdfPTable inner = new PdfPTable(2);
    float share = Math.max(0.001f, (float) n / Math.max(1, max));
    inner.setWidths(new float[] {share, Math.max(0.001f, 1 - share)});
    PdfPCell filled = new PdfPCell(new Phrase(" ", BODY));
    filled.setBackgroundColor(BAR);
    filled.setBorder(Rectangle.NO_BORDER);
    PdfPCell empty = new PdfPCell(new Phrase(" ", BODY));
    empty.setBorder(Rectangle.NO_BORDER);
    inner.addCell(filled);
    inner.addCell(empty);
    PdfPCell c = new PdfPCell(inner);
    c.setBorder(Rectangle.NO_BORDER);
    return c;
  }

  private static void heading(Document doc, String text) {
    Paragraph p = new Paragraph(text, HEADING);
    p.setSpacingBefore(12);
    p.setSpacingAfter(4);
    doc.add(p);
  }

  private static PdfPTable table(int columns, String... header) {
    PdfPTable t = new PdfPTable(columns);
    t.setWidthPercentage(100);
    t.setHorizontalAlignment(Element.ALIGN_LEFT);
    for (String h : header) {
      t.addCell(new PdfPCell(new Phrase(h, HEADING)));
    }
    t.setHeaderRows(1);
    return t;
  }

  private static PdfPCell cell(String text) {
    return new PdfPCell(new Phrase(text == null ? "" : text, BODY));
  }
}
