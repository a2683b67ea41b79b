package org.openbmis.screening.imports;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines (LF or CRLF) keeping at most a given number of characters of each: the rest of a
 * longer line is read and dropped, and {@link #tooLong()} tells. One huge line can neither exhaust
 * memory nor end the import.
 */
final class LineReader {
  private final Reader in;
  private final int max;
  private final char[] buf = new char[1 << 16];
  private final StringBuilder line = new StringBuilder();
  private int pos;
  private int len;
  private boolean tooLong;

  LineReader(Reader in, int max) {
    this.in = in;
    this.max = max;
  }

  /** Whether the last line was longer than the maximum (and was cut). */
  boolean tooLong() {
    return tooLong;
  }

  /** The next line without its end, or null at the end of the stream. */
  String next() throws IOException {
    line.setLength(0);
    tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == len) {
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          return any ? end() : null;
        }
      }
      any = true;
      int start = pos;
      while (pos < len && buf[pos] != '\n') {
        pos++;
      }
      append(start, pos);
      if (pos < len) {
        pos++;
        return end();
      }
    }
  }

  private void append(int from, int to) {
    int room = max - line.length();
    int n = to - from;
    if (n > room) {
      tooLong = true;
      n = Math.max(room, 0);
    }
    line.append(buf, from, n);
  }

  private String end() {
    int n = line.length();
    if (n > 0 && line.charAt(n - 1) == '\r') {
      line.setLength(n - 1);
    }
    return line.toString();
  }
}
