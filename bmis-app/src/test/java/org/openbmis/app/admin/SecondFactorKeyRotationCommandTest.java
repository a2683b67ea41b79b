package org.openbmis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The command {@code --bmis.security.second-factor.rotate-key-and-exit=true} starts without a web
 * server.
 */
class SecondFactorKeyRotationCommandTest {

  @Test
  void theCommandStartsWithoutAWebServerAndANormalStartIsUnchanged() {
    MockEnvironment env =
        new MockEnvironment()
            .withProperty("bmis.security.second-factor.rotate-key-and-exit", "true");
    new SecondFactorKeyRotationCommand().configure(env);
    assertThat(env.getProperty("spring.main.web-application-type")).isEqualTo("none");
    assertThat(env.getProperty("spring.main.lazy-initialization")).isEqualTo("true");
    MockEnvironment normal = new MockEnvironment();
    new SecondFactorKeyRotationCommand().configure(normal);
    assertThat(normal.getProperty("spring.main.web-application-type")).isNull();
  }
}
