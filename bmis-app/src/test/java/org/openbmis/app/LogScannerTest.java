package org.openbmis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check of the test logs finds what it must find, so that its silence means something. */
class LogScannerTest {

  @TempDir Path dir;

  final LogScanner scanner =
      new LogScanner(Set.of("ERIKSSON", "ANNA", "ODHIAMBO"), Set.of("L898902C3"));

  @Test
  void aLoggedSurnameIsFoundWhateverItsCase() throws IOException {
    assertThat(scan("INFO Traveller Eriksson admitted")).hasSize(1);
    assertThat(scan("WARN duplicate of ODHIAMBO")).hasSize(1);
  }

  @Test
  void aLoggedDocumentNumberIsFound() throws IOException {
    assertThat(scan("INFO document L898902C3 read")).hasSize(1);
    assertThat(scan("INFO document T00012345 read")).hasSize(1);
  }

  @Test
  void maskedNumbersAndWordsThatOnlyContainANameAreNotFindings() throws IOException {
    assertThat(scan("INFO document T000***45 read")).isEmpty();
    assertThat(scan("INFO document L89***2C3 read")).isEmpty();
    assertThat(scan("INFO Annapolis desk, hosanna")).isEmpty();
  }

  @Test
  void theFixturesNamesAndNumbersAreReadFromTheTestSources() {
    FixtureIdentities ids = FixtureIdentities.in(Path.of("src/test/java"));
    assertThat(ids.names()).contains("ERIKSSON", "ANNA", "MARIA", "WANJIRU", "GRACE");
    assertThat(ids.numbers()).contains("L898902C3");
  }

  private List<LogScanner.Finding> scan(String line) throws IOException {
    Path log = Files.writeString(dir.resolve("tests.log"), "12:00:00.000 " + line + "\n");
    return scanner.scan(List.of(log));
  }
}
