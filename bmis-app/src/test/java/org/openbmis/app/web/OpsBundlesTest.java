package org.openbmis.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The operations bundle ({@code messages-ops}: audit phrases, API tokens, export headers) is
 * complete in all five languages, and every action the code audits has a phrase.
 */
class OpsBundlesTest {

  private static final Path RESOURCES = Path.of("src/main/resources");

  @ParameterizedTest
  @ValueSource(strings = {"_fr", "_es", "_pt", "_ar"})
  void everyLanguageHasEveryKeyAndNoEmptyText(String suffix) throws IOException {
    Properties english = load("");
    Properties other = load(suffix);
    assertThat(new TreeSet<>(other.stringPropertyNames()))
        .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    assertThat(other.stringPropertyNames())
        .filteredOn(k -> other.getProperty(k).isBlank())
        .isEmpty();
  }

  @Test
  void everyAuditedActionHasAPhrase() throws IOException {
    Set<String> keys = load("").stringPropertyNames();
    Set<String> missing = new TreeSet<>();
    Set<String> audited = AuditedActions.inSources(Path.of("src/main/java"));
    assertThat(audited).contains("movement.inspection_started", "auth.login", "admin.user_created");
    for (String action : audited) {
      if (!keys.contains("audit.action." + action)) {
        missing.add(action);
      }
    }
    assertThat(missing).as("audited actions without a phrase in messages-ops").isEmpty();
  }

  private static Properties load(String suffix) throws IOException {
    Properties p = new Properties();
    try (Reader r =
        Files.newBufferedReader(
            RESOURCES.resolve("messages-ops" + suffix + ".properties"), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
