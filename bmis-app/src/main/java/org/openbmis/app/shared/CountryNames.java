package org.openbmis.app.shared;

import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openbmis.mrz.CountryCodes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Country and nationality names in the reader's language, from CLDR through ICU ({@code KEN} is
 * "Kenya", "Quénia", "كينيا"): templates call {@code ${@countries.name(code)}}. The code is an ICAO
 * code (Doc 9303 Part 3): ISO 3166-1 alpha-3, Germany's {@code D}, Kosovo's {@code RKS}; the ICAO
 * codes that are not countries (stateless, refugee, United Nations, British nationality categories)
 * are named by the bundles ({@code country.XXA}), and anything else by the MRZ library's English
 * name, or the code itself. ADR 0020.
 */
@Component("countries")
public class CountryNames {

  private static final Map<String, String> ALPHA2 = alpha2();

  private final MessageSource messages;
  private final CountryCodes codes = CountryCodes.standard();

  public CountryNames(MessageSource messages) {
    this.messages = messages;
  }

  /** The name of a code in the current request's language; empty for null. */
  public String name(@Nullable String code) {
    return name(code, LocaleContextHolder.getLocale());
  }

  /** The name of a code in the given language; empty for null, the code when unknown. */
  public String name(@Nullable String code, Locale locale) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String icao = code.replace("<", "").trim().toUpperCase(Locale.ROOT);
    String alpha2 = ALPHA2.get(icao);
    if (alpha2 != null) {
      String name = ULocale.getDisplayCountry("und_" + alpha2, cldr(locale));
      if (!name.isEmpty() && !name.equals(alpha2)) {
        return name;
      }
    }
    String named = messages.getMessage("country." + icao, null, null, locale);
    if (named != null) {
      return named;
    }
    return codes.name(icao).orElse(icao);
  }

  /**
   * The CLDR locale of a language of the interface: Portuguese without a country is read as the
   * Portuguese of Portugal (and of Angola, Mozambique, Cabo Verde...), which the bundles are
   * written in; CLDR's bare {@code pt} is Brazilian.
   */
  public static ULocale cldr(Locale locale) {
    if ("pt".equals(locale.getLanguage()) && locale.getCountry().isEmpty()) {
      return new ULocale("pt_PT");
    }
    return ULocale.forLocale(locale);
  }

  /** The code and its name, {@code KEN · Kenya}, as filters and tables show them. */
  public String label(@Nullable String code) {
    String name = name(code);
    return code == null || name.equals(code) ? name : code + " · " + name;
  }

  private static Map<String, String> alpha2() {
    Map<String, String> map = new HashMap<>();
    for (String a2 : Locale.getISOCountries()) {
      try {
        map.put(new Locale("", a2).getISO3Country(), a2);
      } catch (java.util.MissingResourceException e) {
        // a region without an alpha-3 code: nothing to map
      }
    }
    map.put("D", "DE");
    map.put("RKS", "XK");
    map.put("XKX", "XK");
    return Map.copyOf(map);
  }
}
