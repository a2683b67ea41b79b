package org.openbmis.app.web;

import com.ibm.icu.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.CountryNames;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The message bundles formatted with ICU message formats instead of {@code java.text}: a message
 * may count with CLDR plural rules ({@code {0, plural, one{# traveller} other{# travellers}}}),
 * which the JDK cannot do and which Arabic needs (six plural forms: zero, one, two, few, many,
 * other). Numbers in the arguments are written the locale's way. Messages without arguments are
 * returned as written (an apostrophe stays an apostrophe); with arguments, ICU's apostrophe rule
 * applies: a single apostrophe is literal unless it quotes a brace, so {@code l'entrée} is safe.
 */
final class IcuMessageSource extends ResourceBundleMessageSource {

  private record Key(String pattern, Locale locale) {}

  private final Map<Key, MessageFormat> formats = new ConcurrentHashMap<>();

  @Override
  protected @Nullable String getMessageInternal(
      @Nullable String code, Object @Nullable [] args, @Nullable Locale locale) {
    if (code == null || ObjectUtils.isEmpty(args)) {
      return super.getMessageInternal(code, args, locale);
    }
    Locale target = locale != null ? locale : Locale.getDefault();
    String pattern = resolveCodeWithoutArguments(code, target);
    if (pattern == null) {
      return super.getMessageInternal(code, args, target);
    }
    MessageFormat format =
        formats.computeIfAbsent(
            new Key(pattern, target),
            k -> new MessageFormat(k.pattern(), CountryNames.cldr(k.locale())));
    Object[] resolved = dates(resolveArguments(args, target), isRightToLeft(target));
    synchronized (format) {
      return format.format(resolved);
    }
  }

  /**
   * Days ({@link LocalDate}) stay ISO ({@code 2026-12-07}) as everywhere at the desk, where dates
   * are read and typed in one order whatever the language (ADR 0020); ICU would otherwise write a
   * date and a midnight time in the language's short format.
   */
  private static Object[] dates(Object[] args, boolean rightToLeft) {
    Object[] out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof LocalDate day) {
        out[i] = rightToLeft ? isolated(day.toString()) : day.toString();
      } else if (rightToLeft && out[i] instanceof String s && NUMERIC.matcher(s).matches()) {
        out[i] = isolated(s);
      }
    }
    return out;
  }

  /**
   * In Arabic text, digits after a letter turn Arabic and "2026-12-07" would read "07-12-2026": a
   * left-to-right isolate (LRI ... PDI) keeps a date, a month or a time whole.
   */
  private static String isolated(String text) {
    return "\u2066" + text + "\u2069";
  }

  /** Dates, months, times and numbers written as text ({@code 2026-11}, {@code 12:30}). */
  private static final java.util.regex.Pattern NUMERIC =
      java.util.regex.Pattern.compile("\\d[\\d\\-:./TZ ]*");

  /** The languages written right to left that the interface speaks. */
  static boolean isRightToLeft(Locale locale) {
    return "ar".equals(locale.getLanguage());
  }
}
