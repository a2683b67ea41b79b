package org.openbmis.biometrics.ansinist;

import org.openbmis.biometrics.FingerPosition;

/**
 * Binary image records (Types 3-8). Types 3 and 4 share an 18-byte header: LEN (4), IDC, IMP, FGP
 * (6), ISR, HLL (2), VLL (2), GCA, then the image.
 */
final class BinaryRecord {
  private static final int HEADER = 18;

  private BinaryRecord() {}

  static boolean isBinary(int type) {
    return type >= 3 && type <= 8;
  }

  static int length(byte[] file, int offset) {
    if (offset + HEADER > file.length) {
      throw TaggedRecord.corrupt("truncated binary record at " + offset);
    }
    long len = u32(file, offset);
    if (len < HEADER || offset + len > file.length) {
      throw TaggedRecord.corrupt("bad binary record length at " + offset);
    }
    return (int) len;
  }

  static AnsiNistFinger parse(byte[] f, int offset, int length, int type, TaggedRecord type1) {
    int idc = f[offset + 4] & 0xff;
    int imp = f[offset + 5] & 0xff;
    FingerPosition position = AnsiNistReader.position(f[offset + 6] & 0xff);
    int isr = f[offset + 12] & 0xff;
    int width = u16(f, offset + 13);
    int height = u16(f, offset + 15);
    int gca = f[offset + 17] & 0xff;
    byte[] data = java.util.Arrays.copyOfRange(f, offset + HEADER, offset + length);
    double dpi = resolution(type, isr, type1);
    return new AnsiNistFinger(type, idc, position, imp, compression(gca), width, height, dpi, data);
  }

  /** ISR 0: 1.012 (nominal transmitting), ISR 1: 1.011 (native scanning), in ppmm. */
  private static double resolution(int type, int isr, TaggedRecord type1) {
    double ppmm = ppmm(type1.field(isr == 1 ? 11 : 12));
    if (ppmm <= 0) {
      ppmm = ppmm(type1.field(12));
    }
    if (ppmm <= 0) {
      return type == 3 ? 250 : 500;
    }
    return Math.round(ppmm * 25.4);
  }

  private static double ppmm(String value) {
    if (value == null) {
      return 0;
    }
    try {
      double d = Double.parseDouble(value.strip());
      return d > 1 && d < 100 ? d : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Compression algorithm codes of Types 3-7 (ANSI/NIST-ITL 1-2011 table 15). */
  private static String compression(int gca) {
    switch (gca) {
      case 0:
        return "NONE";
      case 1:
        return "WSQ20";
      case 2:
        return "JPEGB";
      case 3:
        return "JPEGL";
      case 4:
        return "JP2";
      case 5:
        return "JP2L";
      case 6:
        return "PNG";
      default:
        return "CODE" + gca;
    }
  }

  private static long u32(byte[] b, int i) {
    return ((long) (b[i] & 0xff) << 24)
        | ((b[i + 1] & 0xff) << 16)
        | ((b[i + 2] & 0xff) << 8)
        | (b[i + 3] & 0xff);
  }

  private static int u16(byte[] b, int i) {
    return ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
  }
}
