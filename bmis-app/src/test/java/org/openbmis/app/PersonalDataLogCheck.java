package org.openbmis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Personal data never in the logs: run by failsafe after all the other integration tests (its own
 * execution in the post-integration-test phase, bmis-app/pom.xml), it reads the log files every
 * test JVM wrote (logback-test.xml, {@code target/test-logs}) and fails on any name or document
 * number of the test fixtures ({@link FixtureIdentities}).
 */
class PersonalDataLogCheck {

  @Test
  void noNameOrDocumentNumberOfTheFixturesIsLogged() throws IOException {
    FixtureIdentities ids = FixtureIdentities.in(Path.of("src/test/java"));
    assertThat(ids.names()).as("names read from the fixtures").contains("ERIKSSON", "ANNA");
    assertThat(ids.numbers()).as("document numbers read from the fixtures").contains("L898902C3");
    List<Path> logs;
    try (Stream<Path> files = Files.list(Path.of("target/test-logs"))) {
      logs = files.filter(f -> f.toString().endsWith(".log")).sorted().toList();
    }
    assertThat(logs).as("log files of the test JVMs").isNotEmpty();
    List<LogScanner.Finding> found = new LogScanner(ids.names(), ids.numbers()).scan(logs);
    assertThat(found).as("personal data in the test logs").isEmpty();
  }
}
