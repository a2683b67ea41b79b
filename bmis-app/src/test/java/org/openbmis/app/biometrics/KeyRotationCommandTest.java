package org.openbmis.app.biometrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The command {@code --bmis.biometrics.rotate-key-and-exit=true} starts without a web server. */
class KeyRotationCommandTest {

  @Test
  void theCommandStartsWithoutAWebServerAndANormalStartIsUnchanged() {
    MockEnvironment env =
        new MockEnvironment().withProperty("bmis.biometrics.rotate-key-and-exit", "true");
    new KeyRotationCommand().configure(env);
    assertThat(env.getProperty("spring.main.web-application-type")).isEqualTo("none");
    assertThat(env.getProperty("spring.main.lazy-initialization")).isEqualTo("true");
    MockEnvironment normal = new MockEnvironment();
    new KeyRotationCommand().configure(normal);
    assertThat(normal.getProperty("spring.main.web-application-type")).isNull();
  }
}
