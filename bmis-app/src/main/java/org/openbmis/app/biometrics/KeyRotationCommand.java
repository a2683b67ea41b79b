package org.openbmis.app.biometrics;

import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings of the command-line key rotation ({@code --bmis.biometrics.rotate-key-and-exit=true},
 * see {@link KeyRotationOnStartup}), applied before the application is built: no web server (no
 * desk can write while the records are re-sealed, and no port is needed) and only the beans the
 * rotation needs, as the statistics rebuild command does.
 */
public final class KeyRotationCommand
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  static final String ROTATE_AND_EXIT = "bmis.biometrics.rotate-key-and-exit";

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    configure(event.getEnvironment());
  }

  void configure(ConfigurableEnvironment env) {
    if (env.getProperty(ROTATE_AND_EXIT, Boolean.class, false)) {
      env.getPropertySources()
          .addFirst(
              new MapPropertySource(
                  "bmis-biometrics-key-rotation-command",
                  Map.of(
                      "spring.main.web-application-type", "none",
                      "spring.main.lazy-initialization", "true")));
    }
  }
}
