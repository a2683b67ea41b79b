package org.openbmis.app.screening;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openbmis.screening.Confidentiality;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Hit explanations in the reader's language: templates call {@code
 * ${@hitExplanations.lines(h.explanation)}}. The screening library writes an explanation once, in a
 * closed English vocabulary ({@code name 0.93: MOHAMED ~ MUHAMMAD equivalent name (0.92); date of
 * birth agrees: 1970-01-01 vs listed 1970-01-01 (exact) (+0.05)}); it is stored so (the record of
 * why a hit was raised does not change with the reader) and each of its fixed phrases is shown
 * through a message key ({@code screening.why.equivalent_name}). Names, dates, codes and scores
 * pass through untouched: names are in capitals, the phrases in small letters. ADR 0020.
 */
@Component("hitExplanations")
public class HitExplanations {

  /** The library's phrases, longest first so that "same number" wins over "same". */
  private static final List<String> PHRASES =
      List.of(
          "same number after OCR folding",
          "details withheld: the alert is",
          "day and month swapped",
          "just outside range",
          "other transliteration",
          "not in list name",
          "equivalent name",
          "similar spelling",
          "Arabic skeleton",
          "date of birth",
          "day/month swap",
          "within range",
          "year one off",
          "not in query",
          "month differs",
          "sounds alike",
          "joined parts",
          "same number",
          "day differs",
          "approximate",
          "nationality",
          "vs listed",
          "conflicts",
          "document",
          "initial",
          "partial",
          "agrees",
          "exact",
          "name",
          "same",
          "sex");

  private static final Pattern PHRASE =
      Pattern.compile(
          "(?<![\\p{L}])("
              + String.join("|", PHRASES.stream().map(Pattern::quote).toList())
              + ")(?![\\p{L}])");

  private final MessageSource messages;

  HitExplanations(MessageSource messages) {
    this.messages = messages;
  }

  /** The explanation as lines in the current request's language. */
  public List<String> lines(String explanation) {
    Locale locale = LocaleContextHolder.getLocale();
    return HitTexts.lines(explanation).stream().map(l -> translate(l, locale)).toList();
  }

  /** One line of an explanation in the given language. */
  String translate(String line, Locale locale) {
    Matcher m = PHRASE.matcher(line);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String phrase = m.group(1);
      String key = "screening.why." + phrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "_");
      m.appendReplacement(
          out, Matcher.quoteReplacement(messages.getMessage(key, null, phrase, locale)));
    }
    m.appendTail(out);
    String text = out.toString();
    for (Confidentiality c : Confidentiality.values()) {
      // "details withheld: the alert is SECRET" (Match.withheld): the level in words
      if (line.startsWith("details withheld") && text.endsWith(" " + c.name())) {
        String word =
            messages.getMessage("screening.confidentiality." + c.name(), null, c.name(), locale);
        text = text.substring(0, text.length() - c.name().length()) + word;
      }
    }
    return text;
  }
}
