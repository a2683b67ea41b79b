package org.openbmis.app.statistics.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** CSV (RFC 4180, UTF-8) and XLSX renderings of a {@link Table}. */
final class FileWriters {

  private FileWriters() {}

  static byte[] csv(Table t) {
    return csv(t, List.of());
  }

  /**
   * The header lines (what the file counts: period, filters), an empty line, then the table. A
   * reader that wants the table alone skips to the first empty line.
   */
  static byte[] csv(Table t, List<List<Object>> about) {
    StringBuilder sb = new StringBuilder();
    about.forEach(l -> sb.append(line(l)));
    if (!about.isEmpty()) {
      sb.append("\r\n");
    }
    sb.append(line(t.header().stream().map(Object.class::cast).toList()));
    t.rows().forEach(r -> sb.append(line(r)));
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] xlsx(Table t) {
    return xlsx(t, List.of());
  }

  /** The header lines in the first rows, an empty row, then the table (its header in bold). */
  static byte[] xlsx(Table t, List<List<Object>> about) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(out, "OpenBMIS", "1.0");
      Worksheet ws = wb.newWorksheet(sheetName(t.name()));
      for (int r = 0; r < about.size(); r++) {
        for (int c = 0; c < about.get(r).size(); c++) {
          cell(ws, r, c, about.get(r).get(c));
        }
      }
      int top = about.isEmpty() ? 0 : about.size() + 1;
      for (int c = 0; c < t.header().size(); c++) {
        ws.value(top, c, t.header().get(c));
        ws.style(top, c).bold().set();
      }
      for (int r = 0; r < t.rows().size(); r++) {
        List<Object> row = t.rows().get(r);
        for (int c = 0; c < row.size(); c++) {
          cell(ws, top + r + 1, c, row.get(c));
        }
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void cell(Worksheet ws, int r, int c, Object v) {
    if (v instanceof Number n) {
      ws.value(r, c, n);
    } else if (v != null && !v.toString().isEmpty()) {
      ws.value(r, c, v.toString());
    }
  }

  private static String sheetName(String name) {
    String s = name.replaceAll("[\\\\/?*\\[\\]:]", "-");
    return s.length() > 31 ? s.substring(0, 31) : s;
  }

  private static String line(List<Object> cells) {
    return cells.stream().map(FileWriters::escape).collect(Collectors.joining(",")) + "\r\n";
  }

  private static String escape(Object v) {
    String s = v == null ? "" : v.toString();
    if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+|-")) {
      s = "'" + s;
    }
    return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
        ? '"' + s.replace("\"", "\"\"") + '"'
        : s;
  }
}
