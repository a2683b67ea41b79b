package org.openbmis.paxlst;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes airline data readable without changing what it says: decodes the bytes, drops blanks before
 * the interchange and between segments, trims blanks in segment tags, writes lower-case letters in
 * upper case and accented Latin letters without their accents (the UNOA repertoire). Characters
 * that have no UNOA form (another script, control characters inside data) are not guessed: they are
 * reported as errors.
 */
final class Cleaner {

  private static final String UNOA_PUNCTUATION = " .,-()/='+:?!\"%&*;<>";

  record Cleaned(
      String text, ServiceString delimiters, List<String> notes, List<ReadingError> errors) {}

  private final List<String> notes = new ArrayList<>();
  private final List<ReadingError> errors = new ArrayList<>();
  private int lowerCase;
  private int accented;
  private int spaces;

  static Cleaned clean(byte[] raw) {
    return new Cleaner().run(raw);
  }

  private Cleaned run(byte[] raw) {
    String text = decode(raw);
    int start = 0;
    while (start < text.length()
        && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) {
      start++;
    }
    if (start > 0) {
      notes.add("blanks before the interchange removed");
    }
    ServiceString d = ServiceString.of(text, start);
    boolean hasUna = text.startsWith("UNA", start);
    StringBuilder out = new StringBuilder(text.length());
    if (hasUna) {
      out.append(d.una());
      start += 9;
    }
    List<String> segments = split(text.substring(start), d);
    int position = 0;
    for (String segment : segments) {
      position++;
      String cleanedSegment = cleanSegment(segment, d, position);
      if (!cleanedSegment.isEmpty()) {
        out.append(cleanedSegment).append(d.terminator()).append('\n');
      }
      if (cleanedSegment.startsWith("UNZ") && position < segments.size()) {
        notes.add("text after the end of the interchange (UNZ) ignored");
        break;
      }
    }
    summarise();
    return new Cleaned(out.toString(), d, notes, errors);
  }

  private String decode(byte[] raw) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw))
          .toString();
    } catch (CharacterCodingException e) {
      notes.add("bytes read as ISO 8859-1 (not UTF-8)");
      return new String(raw, StandardCharsets.ISO_8859_1);
    }
  }

  /** Splits at terminators not preceded by the release character; the release stays in place. */
  private static List<String> split(String text, ServiceString d) {
    List<String> segments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == d.release() && i + 1 < text.length()) {
        current.append(c).append(text.charAt(++i));
      } else if (c == d.terminator()) {
        segments.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (!current.toString().isBlank()) {
      segments.add(current.toString());
    }
    return segments;
  }

  private String cleanSegment(String segment, ServiceString d, int position) {
    int begin = 0;
    while (begin < segment.length() && Character.isWhitespace(segment.charAt(begin))) {
      if (segment.charAt(begin) == ' ' || segment.charAt(begin) == '\t') {
        spaces++;
      }
      begin++;
    }
    String s = segment.substring(begin);
    int tagEnd = s.indexOf(d.element());
    String tag = tagEnd < 0 ? s : s.substring(0, tagEnd);
    if (!tag.equals(tag.strip())) {
      notes.add("blank in segment tag " + tag.strip() + " (segment " + position + ") removed");
      s = tag.strip() + (tagEnd < 0 ? "" : s.substring(tagEnd));
    }
    while (!s.isEmpty() && (s.endsWith("\r") || s.endsWith("\n"))) {
      s = s.substring(0, s.length() - 1);
    }
    return toUnoa(s, d, tag.strip(), position);
  }

  private String toUnoa(String s, ServiceString d, String tag, int position) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isUnoa(c)
          || c == d.component()
          || c == d.element()
          || c == d.release()
          || c == d.repetition()) {
        out.append(c);
      } else if (c >= 'a' && c <= 'z') {
        lowerCase++;
        out.append(Character.toUpperCase(c));
      } else if (c == '\r' || c == '\n') {
        spaces++;
      } else if (Character.isISOControl(c)) {
        notes.add(
            String.format(
                "control character U+%04X removed from segment %s (%d)", (int) c, tag, position));
      } else {
        String folded = fold(c);
        if (folded == null) {
          errors.add(
              new ReadingError(
                  "paxlst.character_not_unoa",
                  tag,
                  position,
                  String.format("character U+%04X has no UNOA form", (int) c)));
          out.append('?');
        } else {
          accented++;
          out.append(folded);
        }
      }
    }
    return out.toString();
  }

  private static boolean isUnoa(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || UNOA_PUNCTUATION.indexOf(c) >= 0;
  }

  /** A Latin letter with diacritics without them, upper case; null when there is no such form. */
  private static String fold(char c) {
    if (c == '\u00DF') {
      return "SS";
    }
    if (c == '\u00C6' || c == '\u00E6') {
      return "AE";
    }
    if (c == '\u00D8' || c == '\u00F8') {
      return "O";
    }
    if (c == '\u00A0' || c == '\t' || c == '@' || c == '#' || c == '_') {
      return " ";
    }
    String base =
        Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    if (base.length() == 1 && Character.isLetter(base.charAt(0)) && base.charAt(0) < 128) {
      return base.toUpperCase(java.util.Locale.ROOT);
    }
    return null;
  }

  private void summarise() {
    if (spaces > 0) {
      notes.add(spaces + " stray blanks between segments removed");
    }
    if (lowerCase > 0) {
      notes.add(lowerCase + " lower-case letters written in upper case (UNOA)");
    }
    if (accented > 0) {
      notes.add(
          accented + " characters outside UNOA written in their UNOA form (accents, symbols)");
    }
  }
}
