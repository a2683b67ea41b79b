package org.openbmis.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;

/** Each one-shot command starts without a web server; a normal start is unchanged. */
class CommandLineModeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bmis.audit.verify-and-exit",
        "bmis.biometrics.rotate-key-and-exit",
        "bmis.security.second-factor.rotate-key-and-exit"
      })
  void theCommandStartsWithoutAWebServerAndANormalStartIsUnchanged(String command) {
    MockEnvironment env = new MockEnvironment().withProperty(command, "true");
    new CommandLineMode(command).configure(env);
    assertThat(env.getProperty("spring.main.web-application-type")).isEqualTo("none");
    assertThat(env.getProperty("spring.main.lazy-initialization")).isEqualTo("true");
    MockEnvironment normal = new MockEnvironment().withProperty(command, "false");
    new CommandLineMode(command).configure(normal);
    assertThat(normal.getProperty("spring.main.web-application-type")).isNull();
    MockEnvironment other = new MockEnvironment().withProperty("bmis.other-and-exit", "true");
    new CommandLineMode(command).configure(other);
    assertThat(other.getProperty("spring.main.web-application-type")).isNull();
  }
}
