package org.openbmis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.slf4j.LoggerFactory;

/**
 * The first administrator's generated one-time password never reaches the log: it goes to a file
 * only its owner can read (and to the console), and the log names the file.
 */
class FirstAdministratorTest {

  @TempDir Path data;

  @Test
  void theGeneratedPasswordGoesToAnOwnerOnlyFileAndNotToTheLog() throws Exception {
    UserService users = mock(UserService.class);
    when(users.noUsers()).thenReturn(true);
    Logger logger = (Logger) LoggerFactory.getLogger(FirstAdministrator.class);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    logger.addAppender(logged);
    try {
      new FirstAdministrator(
              users,
              new AccessProperties(5, 30, Duration.ofSeconds(2), Duration.ofMinutes(15), 90, ""),
              new DemoProperties(false),
              data.resolve("node"))
          .run(null);
    } finally {
      logger.detachAppender(logged);
    }
    ArgumentCaptor<CreateUserCommand> created = ArgumentCaptor.forClass(CreateUserCommand.class);
    verify(users).create(created.capture(), eq(true));
    String password = created.getValue().password();
    assertThat(password).isNotBlank();

    Path file = data.resolve("node").resolve(FirstAdministrator.FILE);
    assertThat(Files.readString(file).trim()).isEqualTo(password);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(logged.list).isNotEmpty();
    assertThat(logged.list)
        .allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain(password));
    assertThat(logged.list.get(0).getFormattedMessage()).contains(file.toString());
  }

  @Test
  void aPasswordGivenInTheEnvironmentIsNeitherWrittenNorShown() throws Exception {
    UserService users = mock(UserService.class);
    when(users.noUsers()).thenReturn(true);
    new FirstAdministrator(
            users,
            new AccessProperties(
                5, 30, Duration.ofSeconds(2), Duration.ofMinutes(15), 90, "given-secret"),
            new DemoProperties(false),
            data)
        .run(null);
    verify(users).create(any(), eq(true));
    assertThat(data.resolve(FirstAdministrator.FILE)).doesNotExist();
  }
}
