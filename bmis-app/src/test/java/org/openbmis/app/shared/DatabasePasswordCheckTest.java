package org.openbmis.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The PostgreSQL profile has no fallback password: without BMIS_DB_PASSWORD the node stops. */
class DatabasePasswordCheckTest {

  @Test
  void thePostgresProfileWithoutBmisDbPasswordRefusesToStart() throws IOException {
    StandardEnvironment env = configuredWith("postgres");
    assertThat(env.getProperty("spring.datasource.password")).isEmpty();
    assertThatThrownBy(() -> new DatabasePasswordCheck().check(env))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("BMIS_DB_PASSWORD")
        .hasMessageContaining("no default password");
  }

  @Test
  void thePostgresProfileUsesBmisDbPassword() throws IOException {
    StandardEnvironment env = configuredWith("postgres");
    env.getPropertySources()
        .addFirst(new MapPropertySource("env", Map.of("BMIS_DB_PASSWORD", "s3cret")));
    new DatabasePasswordCheck().check(env);
    assertThat(env.getProperty("spring.datasource.password")).isEqualTo("s3cret");
  }

  @Test
  void aPasswordGivenOnTheCommandLineIsEnough() throws IOException {
    StandardEnvironment env = configuredWith("postgres");
    env.getPropertySources()
        .addFirst(new MapPropertySource("cli", Map.of("spring.datasource.password", "")));
    new DatabasePasswordCheck().check(env);
  }

  @Test
  void theH2PostNeedsNoDatabasePassword() throws IOException {
    new DatabasePasswordCheck().check(configuredWith());
  }

  /** The environment as the application's configuration files make it, profiles active. */
  private static StandardEnvironment configuredWith(String... profiles) throws IOException {
    StandardEnvironment env = new StandardEnvironment();
    env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    env.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
    for (String p : profiles) {
      yaml.load(p, new ClassPathResource("application-" + p + ".yml"))
          .forEach(env.getPropertySources()::addLast);
    }
    yaml.load("application", new ClassPathResource("application.yml"))
        .forEach(env.getPropertySources()::addLast);
    env.setActiveProfiles(profiles);
    // as in a running application: Boot's view over every source comes first
    ConfigurationPropertySources.attach(env);
    return env;
  }
}
