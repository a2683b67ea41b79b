package org.openbmis.biometrics.ansinist;

import java.util.List;
import java.util.Locale;
import org.openbmis.biometrics.FingerPosition;
import org.openbmis.biometrics.MissingFinger;
import org.openbmis.biometrics.MissingFingerReason;

/** Variable-resolution fingerprint records (Type 14). */
final class Type14 {
  private Type14() {}

  static void read(TaggedRecord r, List<AnsiNistFinger> fingers, List<MissingFinger> missing) {
    for (String[] amp : r.subfields(18)) {
      if (amp.length >= 2) {
        FingerPosition p = AnsiNistReader.position(AnsiNistReader.parseInt(amp[0], "14.018"));
        String code = amp[1].strip().toUpperCase(Locale.ROOT);
        missing.add(
            new MissingFinger(
                p,
                "XX".equals(code)
                    ? MissingFingerReason.AMPUTATED
                    : MissingFingerReason.UNABLE_TO_PRINT));
      }
    }
    if (r.data() == null) {
      return;
    }
    List<String[]> fgp = r.subfields(13);
    FingerPosition position =
        fgp.isEmpty()
            ? FingerPosition.UNKNOWN
            : AnsiNistReader.position(AnsiNistReader.parseInt(fgp.get(0)[0], "14.013"));
    fingers.add(
        new AnsiNistFinger(
            14,
            intField(r, 2, 0),
            position,
            intField(r, 3, 0),
            r.field(11) == null ? "NONE" : r.field(11).strip().toUpperCase(Locale.ROOT),
            intField(r, 6, 0),
            intField(r, 7, 0),
            dpi(r),
            r.data()));
  }

  /** 14.008 SLC: 1 = pixels per inch, 2 = pixels per centimetre; 14.009 THPS. */
  private static double dpi(TaggedRecord r) {
    int slc = intField(r, 8, 0);
    int thps = intField(r, 9, 0);
    if (thps <= 0 || thps > 100_000) {
      return 0;
    }
    if (slc == 1) {
      return thps;
    }
    return slc == 2 ? Math.round(thps * 2.54) : 0;
  }

  private static int intField(TaggedRecord r, int number, int fallback) {
    String v = r.field(number);
    return v == null || v.isBlank() ? fallback : AnsiNistReader.parseInt(v, "14." + number);
  }
}
