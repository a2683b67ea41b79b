package org.openbmis.app.shared;

import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings of the command-line audit verification ({@code --bmis.audit.verify-and-exit=true}, see
 * {@link AuditVerifyOnStartup}), applied before the application is built: no web server and only
 * the beans the verification needs, as the statistics rebuild command does.
 */
public final class AuditVerifyCommand
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  static final String VERIFY_AND_EXIT = "bmis.audit.verify-and-exit";

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    configure(event.getEnvironment());
  }

  void configure(ConfigurableEnvironment env) {
    if (env.getProperty(VERIFY_AND_EXIT, Boolean.class, false)) {
      env.getPropertySources()
          .addFirst(
              new MapPropertySource(
                  "bmis-audit-verify-command",
                  Map.of(
                      "spring.main.web-application-type", "none",
                      "spring.main.lazy-initialization", "true")));
    }
  }
}
