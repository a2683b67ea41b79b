package org.openbmis.app.shared;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * The PostgreSQL profile has no default password: without {@code BMIS_DB_PASSWORD} (or a {@code
 * spring.datasource.password} given on the command line or in the environment) the node refuses to
 * start with a message that says so, instead of trying a well-known password. Runs after the
 * configuration files are read, before any bean is created (registered in {@code
 * OpenBmisApplication.main}, like the command-line settings).
 */
public final class DatabasePasswordCheck
    implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  static final String PROFILE = "postgres";
  static final String VARIABLE = "BMIS_DB_PASSWORD";
  static final String PROPERTY = "spring.datasource.password";

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    check(event.getEnvironment());
  }

  /** Throws when the postgres profile is active and no password was given. */
  void check(ConfigurableEnvironment env) {
    if (!env.matchesProfiles(PROFILE) || env.getProperty(VARIABLE) != null || given(env)) {
      return;
    }
    throw new IllegalStateException(
        "The postgres profile needs the database password: set the environment variable "
            + VARIABLE
            + " (or --"
            + PROPERTY
            + "=...). There is no default password.");
  }

  /** A password set outside the configuration files (command line, environment, test). */
  private static boolean given(ConfigurableEnvironment env) {
    for (PropertySource<?> source : env.getPropertySources()) {
      // Boot's view over all the sources (configuration files included) is not a source of its own
      if (!(source instanceof OriginTrackedMapPropertySource)
          && !ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)
          && source.containsProperty(PROPERTY)) {
        return true;
      }
    }
    return false;
  }
}
