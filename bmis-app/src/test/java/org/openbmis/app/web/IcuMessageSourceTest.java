package org.openbmis.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Counts follow each language's plural rules (CLDR through ICU): Arabic has six forms, English and
 * Portuguese two; and every message with arguments, in every language, is a valid ICU message
 * format (a broken pattern would fail on the page, not here).
 */
class IcuMessageSourceTest {

  private static final Pattern HAS_ARGUMENT = Pattern.compile("\\{\\d");

  private final IcuMessageSource messages = new IcuMessageSource();

  IcuMessageSourceTest() {
    messages.setBasenames("messages", "messages-visa", "messages-admin", "messages-statistics");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
  }

  private String count(String key, long n, String lang) {
    return messages.getMessage(key, new Object[] {n}, Locale.forLanguageTag(lang));
  }

  @Test
  void arabicHasSixPluralForms() {
    assertThat(count("group.members_count", 0, "ar")).isEqualTo("لا مسافرين");
    assertThat(count("group.members_count", 1, "ar")).isEqualTo("مسافر واحد");
    assertThat(count("group.members_count", 2, "ar")).isEqualTo("مسافران");
    assertThat(count("group.members_count", 3, "ar")).contains("مسافرين").doesNotContain("لا");
    assertThat(count("group.members_count", 11, "ar")).contains("مسافرًا");
    assertThat(count("group.members_count", 100, "ar")).endsWith("مسافر");
  }

  @Test
  void englishPortugueseFrenchAndSpanishSayOneAndMany() {
    assertThat(count("group.members_count", 1, "en")).isEqualTo("1 traveller");
    assertThat(count("group.members_count", 3, "en")).isEqualTo("3 travellers");
    assertThat(count("traveller.refusals", 1, "en")).isEqualTo("Refused once before.");
    assertThat(count("traveller.refusals", 4, "pt")).isEqualTo("Recusado 4 vezes anteriormente.");
    assertThat(count("visa.days", 1, "pt")).isEqualTo("1 dia");
    assertThat(count("visa.days", 30, "es")).isEqualTo("30 días");
    assertThat(count("group.members_count", 1, "fr")).isEqualTo("1 voyageur");
    assertThat(count("admin.index.posts", 0, "pt")).isEqualTo("nenhum posto de fronteira");
  }

  @Test
  void largeNumbersAreGroupedTheLanguagesWay() {
    assertThat(count("group.members_count", 12345, "en")).isEqualTo("12,345 travellers");
    assertThat(count("group.members_count", 12345, "pt-BR")).isEqualTo("12.345 viajantes");
    assertThat(count("group.members_count", 12345, "ar")).isEqualTo("12,345 مسافرًا");
  }

  @Test
  void daysStayIsoAsEverywhereAtTheDesk() {
    Object[] args = {java.time.LocalDate.of(2026, 12, 7), "UTO-AIR", 1L};
    assertThat(messages.getMessage("stay.since", args, Locale.forLanguageTag("fr")))
        .isEqualTo("Entrée le 2026-12-07 à UTO-AIR : 1 jour à ce jour.");
    assertThat(messages.getMessage("stay.since", args, Locale.forLanguageTag("ar")))
        .isEqualTo("دخل في \u20662026-12-07\u2069 عبر UTO-AIR: يوم واحد حتى الآن.");
  }

  @Test
  void aMonthInArabicTextKeepsItsOrder() {
    Object[] month = {"2026-11"};
    assertThat(messages.getMessage("stats.report", month, Locale.forLanguageTag("ar")))
        .isEqualTo("التقرير الشهري \u20662026-11\u2069 (PDF)");
    assertThat(messages.getMessage("stats.report", month, Locale.ENGLISH))
        .isEqualTo("Monthly report 2026-11 (PDF)");
  }

  @Test
  void aMessageWithoutArgumentsIsShownAsWritten() {
    assertThat(messages.getMessage("inspection.title", null, Locale.forLanguageTag("ar")))
        .isEqualTo("الفحص الأولي");
    assertThat(messages.getMessage("inspection.title", null, Locale.forLanguageTag("de")))
        .isEqualTo("Primary inspection");
  }

  @Test
  void everyMessageWithArgumentsIsAValidIcuPattern() throws IOException {
    Set<String> broken = new TreeSet<>();
    for (String bundle : MessageBundlesTest.englishBundles()) {
      for (String suffix : new String[] {"", "_fr", "_es", "_pt", "_ar"}) {
        Path file = Path.of("src/main/resources", bundle + suffix + ".properties");
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          p.load(r);
        }
        for (String key : p.stringPropertyNames()) {
          String text = p.getProperty(key);
          if (HAS_ARGUMENT.matcher(text).find()) {
            try {
              new MessageFormat(text, ULocale.ENGLISH);
            } catch (IllegalArgumentException e) {
              broken.add(file.getFileName() + ": " + key + " (" + e.getMessage() + ")");
            }
          }
        }
      }
    }
    assertThat(broken).isEmpty();
  }
}
