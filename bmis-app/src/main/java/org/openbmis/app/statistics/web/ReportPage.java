package org.openbmis.app.statistics.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The typography of a report in one language: DejaVu Sans (shipped under {@code fonts/}, with its
 * licence) for every script the interface speaks, Latin and Arabic alike; in a right-to-left
 * language every text is written right to left (OpenPDF shapes Arabic in cells with that run
 * direction); a heading travels with its table, so no heading is left alone at the foot of a page.
 */
final class ReportPage {

  private static final BaseFont REGULAR = font("fonts/DejaVuSans.ttf");
  private static final BaseFont BOLD = font("fonts/DejaVuSans-Bold.ttf");

  static final Font TITLE = new Font(BOLD, 15);
  static final Font HEADING = new Font(BOLD, 10.5f);
  static final Font BODY = new Font(REGULAR, 8.5f);

  private final int direction;

  ReportPage(boolean rightToLeft) {
    this.direction = rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
  }

  boolean rightToLeft() {
    return direction == PdfWriter.RUN_DIRECTION_RTL;
  }

  /** A paragraph of text across the page, in the language's direction. */
  void text(Document doc, String text, Font font, float spacingBefore) {
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(100);
    t.setRunDirection(direction);
    t.setSpacingBefore(spacingBefore);
    PdfPCell c = new PdfPCell(new Phrase(text, font));
    c.setBorder(Rectangle.NO_BORDER);
    c.setPaddingLeft(0);
    c.setPaddingRight(0);
    t.addCell(c);
    doc.add(t);
  }

  /**
   * A table whose first rows are its heading (spanning every column) and its column headers: the
   * heading is never left at the foot of a page without its table, and repeats with the headers
   * when a long table continues on the next page.
   */
  PdfPTable table(String heading, String... header) {
    PdfPTable t = new PdfPTable(header.length);
    t.setWidthPercentage(100);
    t.setHorizontalAlignment(Element.ALIGN_LEFT);
    t.setRunDirection(direction);
    t.setSpacingBefore(10);
    PdfPCell title = new PdfPCell(new Phrase(heading, HEADING));
    title.setColspan(header.length);
    title.setBorder(Rectangle.NO_BORDER);
    title.setPaddingBottom(5);
    t.addCell(title);
    for (String h : header) {
      t.addCell(new PdfPCell(new Phrase(h, HEADING)));
    }
    t.setHeaderRows(2);
    // the heading, the headers and at least the first rows start on the same page
    t.setKeepTogether(true);
    return t;
  }

  static PdfPCell cell(String text) {
    return new PdfPCell(new Phrase(text == null ? "" : text, BODY));
  }

  private static BaseFont font(String resource) {
    try (InputStream in = ReportPage.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the application: " + resource);
      }
      return BaseFont.createFont(
          resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
