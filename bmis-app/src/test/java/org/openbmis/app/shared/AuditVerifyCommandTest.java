package org.openbmis.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command {@code --bmis.audit.verify-and-exit=true} (no web server: {@link
 * CommandLineModeTest}): an exit code a script can act on (0 intact, 2 broken, 1 when the
 * verification could not run).
 */
class AuditVerifyCommandTest {

  final AuditChainVerifier verifier = mock(AuditChainVerifier.class);
  final AuditVerifyOnStartup command =
      new AuditVerifyOnStartup(
          new AuditProperties(Path.of("target"), LocalTime.MIDNIGHT, true),
          verifier,
          mock(ConfigurableApplicationContext.class));

  @Test
  void anIntactChainExitsWithZero() {
    when(verifier.verify())
        .thenReturn(new AuditVerification(true, 3, 3, "h", 1, null, Instant.EPOCH));
    assertThat(command.run()).isZero();
  }

  @Test
  void aBrokenChainExitsWithTwo() {
    when(verifier.verify())
        .thenReturn(
            new AuditVerification(
                false,
                3,
                3,
                "h",
                1,
                new AuditVerification.Break(2, "audit.entry_altered", "a", "b", "id"),
                Instant.EPOCH));
    assertThat(command.run()).isEqualTo(2);
  }

  @Test
  void aVerificationThatCannotRunExitsWithOne() {
    when(verifier.verify()).thenThrow(new IllegalStateException("database down"));
    assertThat(command.run()).isEqualTo(1);
  }
}
