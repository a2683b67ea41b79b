package org.openbmis.app.admin;

import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings of the command-line rotation of the second-factor key ({@code
 * --bmis.security.second-factor.rotate-key-and-exit=true}, see {@link
 * SecondFactorKeyRotationOnStartup}), applied before the application is built: no web server (no
 * one signs in while the secrets are re-encrypted) and only the beans the rotation needs.
 */
public final class SecondFactorKeyRotationCommand
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  static final String ROTATE_AND_EXIT = "bmis.security.second-factor.rotate-key-and-exit";

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    configure(event.getEnvironment());
  }

  void configure(ConfigurableEnvironment env) {
    if (env.getProperty(ROTATE_AND_EXIT, Boolean.class, false)) {
      env.getPropertySources()
          .addFirst(
              new MapPropertySource(
                  "bmis-second-factor-key-rotation-command",
                  Map.of(
                      "spring.main.web-application-type", "none",
                      "spring.main.lazy-initialization", "true")));
    }
  }
}
