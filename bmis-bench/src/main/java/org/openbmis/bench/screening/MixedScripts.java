package org.openbmis.bench.screening;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openbmis.screening.AlertName;
import org.openbmis.screening.PersonAlert;

/**
 * Rewrites synthetic alerts in non-Latin scripts, for the mixed-script index of issue 26: Arabic
 * script (ICU's Latin-Arabic), Cyrillic (ICU's Latin-Russian/BGN) or Han characters (two characters
 * per name part, picked by hash from the 2,000 first CJK ideographs: shape, not meaning). The
 * queries stay Latin, as a passport's MRZ is.
 */
final class MixedScripts {
  private static final ThreadLocal<Transliterator> ARABIC =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-Arabic"));
  private static final ThreadLocal<Transliterator> CYRILLIC =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-Russian/BGN"));

  private MixedScripts() {}

  /** The alert with every name in the script {@code script % 3} (Arabic, Cyrillic, Han). */
  static PersonAlert rewrite(PersonAlert a, int script) {
    List<AlertName> names = new ArrayList<>(a.names().size());
    for (AlertName n : a.names()) {
      names.add(new AlertName(write(n.value(), script % 3), n.kind()));
    }
    return new PersonAlert(
        a.listCode(),
        a.sourceId(),
        names,
        a.datesOfBirth(),
        a.nationalities(),
        a.sex(),
        a.documents(),
        a.reason(),
        a.issuingAgency(),
        a.action(),
        a.validFrom(),
        a.validUntil(),
        a.confidentiality());
  }

  private static String write(String latin, int script) {
    String lower = latin.replace(",", "").toLowerCase(Locale.ROOT);
    return switch (script) {
      case 0 -> ARABIC.get().transliterate(lower);
      case 1 -> CYRILLIC.get().transliterate(lower);
      default -> han(lower);
    };
  }

  private static String han(String lower) {
    StringBuilder b = new StringBuilder();
    for (String part : lower.split("\\s+")) {
      int h = part.hashCode() & 0x7fffffff;
      b.append((char) (0x4E00 + h % 2000)).append((char) (0x4E00 + (h / 2000) % 2000));
    }
    return b.toString();
  }
}
