package org.openbmis.screening.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming RFC 4180 CSV reader: quoted fields with commas, doubled quotes and line breaks; CRLF or
 * LF; the DOS end-of-file byte {@code 0x1A} is ignored. A record longer than {@link #MAX_RECORD}
 * characters (an unterminated quote) is cut at the next line break and flagged, so one bad row
 * cannot swallow the file.
 */
final class CsvReader {
  static final int MAX_RECORD = 65_536;
  private final Reader in;
  private int line = 1;
  private int recordLine;
  private boolean truncated;
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
            b.append('"');
          } else {
            quoted = false;
            pushback = d;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          b.append((char) c);
        }
      } else if (c == '"' && b.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        fields.add(b.toString());
        b.setLength(0);
      } else if (c == '\n') {
        line++;
        break;
      } else if (c != '\r') {
        b.append((char) c);
      }
    }
    fields.add(b.toString());
    return fields;
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
