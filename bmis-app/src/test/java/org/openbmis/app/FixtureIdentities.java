package org.openbmis.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The names and document numbers the tests use, read from the test sources: MRZ lines (names of
 * line 1, document number of line 2), the surname and given names passed to {@link Passports}, and
 * name fields of request bodies ({@code "surname", "..."}).
 */
public final class FixtureIdentities {

  private static final Pattern MRZ_NAMES =
      Pattern.compile("\"[PIACV][A-Z<][A-Z<]{3}([A-Z<]{25,39})");
  private static final Pattern MRZ_NUMBER =
      Pattern.compile("(?:\\\\n|\"|\n\\s*)([A-Z0-9]{6,9})<*\\d[A-Z<]{3}\\d{6}");
  private static final Pattern PASSPORT_CALL =
      Pattern.compile("Passports\\.(?:td3|kenyan)\\((.*?)\\);", Pattern.DOTALL);
  private static final Pattern NAME_FIELD =
      Pattern.compile(
          "\"(?:surname|givenNames?|primaryIdentifier|secondaryIdentifier|lastName|firstName)\""
              + "\\s*[,:]\\s*\"([^\"]+)\"");
  private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern WORD = Pattern.compile("[\\p{L}]{4,}");

  /** Words a log may hold that are no one's name even where a fixture uses them. */
  private static final Set<String> NOT_NAMES = Set.of("TEST", "UTOPIA", "NONE", "NULL");

  final Set<String> names = new TreeSet<>();
  final Set<String> numbers = new TreeSet<>();

  /** Reads every Java file under the folder. */
  public static FixtureIdentities in(Path testSources) {
    FixtureIdentities ids = new FixtureIdentities();
    try (Stream<Path> files = Files.walk(testSources)) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(ids::read);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }

  public Set<String> names() {
    return names;
  }

  public Set<String> numbers() {
    return numbers;
  }

  void read(Path file) {
    String src;
    try {
      src = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher m = MRZ_NAMES.matcher(src);
    while (m.find()) {
      words(m.group(1).replace('<', ' '));
    }
    m = MRZ_NUMBER.matcher(src);
    while (m.find()) {
      numbers.add(m.group(1));
    }
    m = PASSPORT_CALL.matcher(src);
    while (m.find()) {
      Matcher lit = LITERAL.matcher(m.group(1));
      while (lit.find()) {
        words(lit.group(1));
      }
    }
    m = NAME_FIELD.matcher(src);
    while (m.find()) {
      words(m.group(1));
    }
  }

  private void words(String text) {
    Matcher w = WORD.matcher(text);
    while (w.find()) {
      String word = w.group().toUpperCase(java.util.Locale.ROOT);
      if (!NOT_NAMES.contains(word)) {
        names.add(word);
      }
    }
  }
}
