package org.openbmis.app.statistics;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** A column of dictionary codes, one or two bytes each when the dictionary is small enough. */
final class Codes {
  private final byte @Nullable [] bytes;
  private final short @Nullable [] shorts;
  private final int @Nullable [] ints;

  private Codes(byte @Nullable [] bytes, short @Nullable [] shorts, int @Nullable [] ints) {
    this.bytes = bytes;
    this.shorts = shorts;
    this.ints = ints;
  }

  static Codes of(int[] codes, int rows, int distinct) {
    if (distinct <= 256) {
      byte[] b = new byte[rows];
      for (int r = 0; r < rows; r++) {
        b[r] = (byte) codes[r];
      }
      return new Codes(b, null, null);
    }
    if (distinct <= 65536) {
      short[] s = new short[rows];
      for (int r = 0; r < rows; r++) {
        s[r] = (short) codes[r];
      }
      return new Codes(null, s, null);
    }
    return new Codes(null, null, Arrays.copyOf(codes, rows));
  }

  int get(int row) {
    if (bytes != null) {
      return bytes[row] & 0xFF;
    }
    if (shorts != null) {
      return shorts[row] & 0xFFFF;
    }
    return ints[row];
  }
}
