package org.openbmis.app.shared;

import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The settings of a one-shot command run from the command line ({@code
 * --bmis.audit.verify-and-exit=true}, {@code --bmis.biometrics.rotate-key-and-exit=true}, {@code
 * --bmis.security.second-factor.rotate-key-and-exit=true}), applied before the application is built
 * when its switch is on: no web server (nobody signs in or writes while it runs, and no port is
 * needed) and only the beans the command needs. The command itself is an application runner of its
 * module that exits with its code.
 */
public final class CommandLineMode
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  private final String property;

  /** For the command switched on by {@code property}. */
  public CommandLineMode(String property) {
    this.property = property;
  }

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    configure(event.getEnvironment());
  }

  void configure(ConfigurableEnvironment env) {
    if (env.getProperty(property, Boolean.class, false)) {
      env.getPropertySources()
          .addFirst(
              new MapPropertySource(
                  "bmis-command " + property,
                  Map.of(
                      "spring.main.web-application-type", "none",
                      "spring.main.lazy-initialization", "true")));
    }
  }
}
