package org.openbmis.screening.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming RFC 4180 CSV reader: quoted fields with commas, doubled quotes and line breaks; CRLF or
 * LF; the DOS end-of-file byte {@code 0x1A} is ignored. A record longer than {@link #MAX_RECORD}
 * characters (an unterminated quote) is cut at the next line break and flagged, so one bad row
 * cannot swallow the file. A field longer than {@link ImportLimits#MAX_FIELD} characters, or a
 * record of more than {@link ImportLimits#MAX_FIELDS} fields, is kept cut and flagged {@link
 * #oversized()}: memory stays bounded whatever one record holds.
 */
final class CsvReader {
  static final int MAX_RECORD = 65_536;
  private final Reader in;
  private int line = 1;
  private int recordLine;
  private boolean truncated;
  private boolean oversized;
  private int pushback = -2;

  CsvReader(Reader in) {
    this.in = in;
  }

  /** The line on which the last record started. */
  int recordLine() {
    return recordLine;
  }

  /** Whether the last record was cut because of an unterminated quote. */
  boolean truncated() {
    return truncated;
  }

  /** Whether the last record had a field or a number of fields beyond the limits (and was cut). */
  boolean oversized() {
    return oversized;
  }

  /** The next record, or null at the end. Blank lines are skipped. */
  List<String> next() throws IOException {
    while (true) {
      List<String> r = read();
      if (r == null) {
        return null;
      }
      if (!(r.size() == 1 && r.get(0).isBlank())) {
        return r;
      }
    }
  }

  private List<String> read() throws IOException {
    recordLine = line;
    truncated = false;
    oversized = false;
    List<String> fields = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    int total = 0;
    int c = nextChar();
    if (c < 0) {
      return null;
    }
    for (; c >= 0; c = nextChar()) {
      if (c == 0x1A) {
        continue;
      }
      if (++total > MAX_RECORD && quoted) {
        truncated = true;
        quoted = false;
      }
      if (quoted) {
        if (c == '"') {
          int d = nextChar();
          if (d == '"') {
            add(b, '"');
          } else {
            quoted = false;
            pushback = d;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          add(b, (char) c);
        }
      } else if (c == '"' && b.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        field(fields, b);
      } else if (c == '\n') {
        line++;
        break;
      } else if (c != '\r') {
        add(b, (char) c);
      }
    }
    field(fields, b);
    return fields;
  }

  private void add(StringBuilder b, char c) {
    if (b.length() < ImportLimits.MAX_FIELD) {
      b.append(c);
    } else {
      oversized = true;
    }
  }

  private void field(List<String> fields, StringBuilder b) {
    if (fields.size() < ImportLimits.MAX_FIELDS) {
      fields.add(b.toString());
    } else {
      oversized = true;
    }
    b.setLength(0);
  }

  private int nextChar() throws IOException {
    if (pushback != -2) {
      int p = pushback;
      pushback = -2;
      return p;
    }
    return in.read();
  }
}
