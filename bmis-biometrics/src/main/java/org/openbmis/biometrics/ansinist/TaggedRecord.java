package org.openbmis.biometrics.ansinist;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openbmis.biometrics.BiometricError;
import org.openbmis.biometrics.BiometricInputException;

/**
 * A tagged-field record (Types 1, 2, 9-99): {@code T.NNN:value} fields separated by GS, ended by
 * FS; subfields separated by RS and items by US; field 999 holds binary image data to the end.
 */
final class TaggedRecord {
  static final byte FS = 0x1c;
  static final byte GS = 0x1d;
  static final byte RS = 0x1e;
  static final byte US = 0x1f;

  private final int type;
  private final Map<Integer, String> text = new TreeMap<>();
  private byte[] data;

  private TaggedRecord(int type) {
    this.type = type;
  }

  int type() {
    return type;
  }

  /** Field text, or null when absent. */
  String field(int number) {
    return text.get(number);
  }

  /** Subfields of a field, each split into items; empty when absent. */
  List<String[]> subfields(int number) {
    String value = text.get(number);
    List<String[]> out = new ArrayList<>();
    if (value != null) {
      for (String sub : value.split(String.valueOf((char) RS), -1)) {
        out.add(sub.split(String.valueOf((char) US), -1));
      }
    }
    return out;
  }

  /** Field 999 (image data), or null when absent. */
  byte[] data() {
    return data;
  }

  /** Reads the record length from the leading {@code T.001:LEN} field. */
  static int length(byte[] file, int offset, int expectedType) {
    String prefix = expectedType + ".001:";
    int p = offset;
    for (int i = 0; i < prefix.length(); i++, p++) {
      if (p >= file.length || file[p] != prefix.charAt(i)) {
        throw corrupt("record " + expectedType + " has no length field at " + offset);
      }
    }
    long len = 0;
    int digits = 0;
    while (p < file.length && file[p] >= '0' && file[p] <= '9' && digits < 10) {
      len = len * 10 + (file[p++] - '0');
      digits++;
    }
    if (digits == 0 || len < prefix.length() + 2 || offset + len > file.length) {
      throw corrupt("bad length of record " + expectedType + " at " + offset);
    }
    return (int) len;
  }

  static TaggedRecord parse(byte[] file, int offset, int length, int type) {
    if (file[offset + length - 1] != FS) {
      throw corrupt("record " + type + " at " + offset + " does not end with FS");
    }
    TaggedRecord r = new TaggedRecord(type);
    int end = offset + length - 1;
    int p = offset;
    while (p < end) {
      int colon = indexOf(file, (byte) ':', p, Math.min(end, p + 12));
      int number = fieldNumber(file, p, colon, type);
      if (number == 999) {
        r.data = java.util.Arrays.copyOfRange(file, colon + 1, end);
        break;
      }
      int stop = indexOf(file, GS, colon + 1, end);
      stop = stop < 0 ? end : stop;
      r.text.put(number, new String(file, colon + 1, stop - colon - 1, StandardCharsets.UTF_8));
      p = stop + 1;
    }
    return r;
  }

  private static int fieldNumber(byte[] file, int from, int colon, int type) {
    if (colon < 0) {
      throw corrupt("field without tag in record " + type);
    }
    String tag = new String(file, from, colon - from, StandardCharsets.US_ASCII);
    int dot = tag.indexOf('.');
    try {
      if (dot < 1 || Integer.parseInt(tag.substring(0, dot)) != type) {
        throw corrupt("field " + tag + " in record " + type);
      }
      return Integer.parseInt(tag.substring(dot + 1));
    } catch (NumberFormatException e) {
      throw corrupt("bad field tag in record " + type);
    }
  }

  private static int indexOf(byte[] b, byte value, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == value) {
        return i;
      }
    }
    return -1;
  }

  static BiometricInputException corrupt(String message) {
    return new BiometricInputException(BiometricError.CORRUPT_TRANSACTION, message);
  }
}
