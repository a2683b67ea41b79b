package org.openbmis.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Looks for personal data of the test fixtures in log files: a name (a whole word, any case) or a
 * document number, written in clear. A masked document number ({@code T000***21}) is not one.
 */
public final class LogScanner {

  /** One place where personal data was logged. */
  public record Finding(Path file, int line, String what, String text) {
    @Override
    public String toString() {
      return file.getFileName() + ":" + line + " [" + what + "] " + text;
    }
  }

  /** The document numbers of {@link Passports#nextNumber()}. */
  static final Pattern GENERATED_NUMBER = Pattern.compile("\\bT\\d{8}\\b");

  private final Pattern names;
  private final Set<String> numbers;

  /**
   * @param names surnames and given names (words of 4 letters or more are looked for)
   * @param numbers document numbers used by the fixtures besides the generated ones
   */
  public LogScanner(Set<String> names, Set<String> numbers) {
    List<String> words =
        names.stream()
            .map(n -> n.toUpperCase(Locale.ROOT))
            .filter(n -> n.length() >= 4)
            .map(Pattern::quote)
            .sorted()
            .toList();
    this.names =
        words.isEmpty()
            ? Pattern.compile("(?!)")
            : Pattern.compile(
                "(?<![\\p{L}\\p{N}_])(" + String.join("|", words) + ")(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.numbers = numbers;
  }

  /** Every finding in the files. */
  public List<Finding> scan(List<Path> files) {
    List<Finding> found = new ArrayList<>();
    for (Path f : files) {
      try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
        int[] n = {0};
        lines.forEach(
            line -> {
              n[0]++;
              scanLine(f, n[0], line, found);
            });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (UncheckedIOException e) {
        throw new IllegalStateException("log file not UTF-8: " + f, e);
      }
    }
    return found;
  }

  private void scanLine(Path f, int n, String line, List<Finding> found) {
    Matcher m = names.matcher(line);
    if (m.find()) {
      found.add(new Finding(f, n, "name " + m.group(1), line));
    }
    Matcher g = GENERATED_NUMBER.matcher(line);
    if (g.find()) {
      found.add(new Finding(f, n, "document number " + g.group(), line));
    }
    for (String number : numbers) {
      if (line.contains(number)) {
        found.add(new Finding(f, n, "document number " + number, line));
      }
    }
  }
}
