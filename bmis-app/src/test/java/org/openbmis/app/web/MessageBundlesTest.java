package org.openbmis.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text of the pages is translated: every bundle exists in French, Spanish, Portuguese and
 * Arabic with exactly the keys of the English one, and every literal {@code #{key}} of a template
 * (outside admin, account and audit, which have their own bundle and test) exists in {@code
 * messages.properties}, or, for a module's folder with a bundle of its own ({@code templates/visa}
 * and {@code messages-visa.properties}), in that bundle.
 */
class MessageBundlesTest {

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Path TEMPLATES = RESOURCES.resolve("templates");
  private static final Set<String> OTHER_OWNERS = Set.of("admin", "account", "audit");

  /** A literal message key: {@code #{a.b}} or {@code #{a.b(args)}}, not {@code #{'a.' + ${x}}}. */
  private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

  /** The five languages of the user interface besides English, the reference. */
  static final List<String> TRANSLATIONS = List.of("fr", "es", "pt", "ar");

  /**
   * Every bundle ({@code messages.properties} and each module's {@code messages-x.properties})
   * exists in every language with exactly the English keys.
   */
  @ParameterizedTest
  @ValueSource(strings = {"fr", "es", "pt", "ar"})
  void everyBundleHasTheSameKeysAsEnglish(String lang) throws IOException {
    List<String> bundles = englishBundles();
    assertThat(bundles).contains("messages", "messages-statistics", "messages-screening");
    for (String bundle : bundles) {
      String file = bundle + "_" + lang + ".properties";
      assertThat(RESOURCES.resolve(file)).as("bundle %s", file).exists();
      Set<String> english = keys(bundle + ".properties");
      Set<String> translated = keys(file);
      assertThat(difference(english, translated)).as("keys missing from %s", file).isEmpty();
      assertThat(difference(translated, english))
          .as("keys of %s unknown in English", file)
          .isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "_fr", "_es", "_pt", "_ar"})
  void noMessageIsEmpty(String suffix) throws IOException {
    for (String bundle : englishBundles()) {
      Properties p = load(bundle + suffix + ".properties");
      assertThat(p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank()))
          .as("empty messages in %s%s", bundle, suffix)
          .isEmpty();
    }
  }

  /**
   * Placeholders survive translation: a translated message uses the same arguments ({@code {0}},
   * {@code {1}} ...) as the English one, so no value is lost or shown twice by mistake.
   */
  @ParameterizedTest
  @ValueSource(strings = {"fr", "es", "pt", "ar"})
  void translationsKeepTheArguments(String lang) throws IOException {
    Set<String> wrong = new TreeSet<>();
    for (String bundle : englishBundles()) {
      Properties english = load(bundle + ".properties");
      Properties translated = load(bundle + "_" + lang + ".properties");
      for (String key : english.stringPropertyNames()) {
        String t = translated.getProperty(key);
        if (t != null && !arguments(english.getProperty(key)).equals(arguments(t))) {
          wrong.add(bundle + "_" + lang + ": " + key);
        }
      }
    }
    assertThat(wrong).as("messages whose arguments differ from English").isEmpty();
  }

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

  private static Set<String> arguments(String message) {
    Set<String> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(message);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /** The English bundles: {@code messages} and {@code messages-x}, without a language suffix. */
  static List<String> englishBundles() throws IOException {
    Pattern english = Pattern.compile("(messages(-[a-z0-9-]+)?)\\.properties");
    try (Stream<Path> files = Files.list(RESOURCES)) {
      return files
          .map(f -> english.matcher(f.getFileName().toString()))
          .filter(Matcher::matches)
          .map(m -> m.group(1))
          .sorted()
          .toList();
    }
  }

  @Test
  void templatesUseOnlyKnownKeys() throws IOException {
    Set<String> english = keys("messages.properties");
    Set<String> unknown = new TreeSet<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file :
          files
              .filter(f -> f.toString().endsWith(".html"))
              .filter(MessageBundlesTest::ours)
              .toList()) {
        Set<String> known = new TreeSet<>(english);
        Path relative = TEMPLATES.relativize(file);
        if (relative.getNameCount() > 1) {
          Path own = RESOURCES.resolve("messages-" + relative.getName(0) + ".properties");
          if (Files.exists(own)) {
            known.addAll(keys(own.getFileName().toString()));
          }
        }
        Matcher m = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          if (!known.contains(m.group(1))) {
            unknown.add(TEMPLATES.relativize(file) + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(unknown)
        .as("message keys used in templates but missing from messages.properties")
        .isEmpty();
  }

  private static boolean ours(Path file) {
    Path relative = TEMPLATES.relativize(file);
    return relative.getNameCount() == 1 || !OTHER_OWNERS.contains(relative.getName(0).toString());
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }

  private static Set<String> keys(String bundle) throws IOException {
    return new TreeSet<>(load(bundle).stringPropertyNames());
  }

  private static Properties load(String bundle) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(RESOURCES.resolve(bundle), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
