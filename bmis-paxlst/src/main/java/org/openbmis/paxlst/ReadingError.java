package org.openbmis.paxlst;

/**
 * Why (part of) an interchange cannot be used, in the manner of a CONTRL acknowledgement: a stable
 * code, the segment (tag and position counted from 1, 0 when not tied to one) and a text.
 */
public record ReadingError(String code, String segment, int position, String text) {

  @Override
  public String toString() {
    return segment == null
        ? code + ": " + text
        : code + " at " + segment + " #" + position + ": " + text;
  }
}
