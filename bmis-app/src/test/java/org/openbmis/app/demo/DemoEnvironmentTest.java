package org.openbmis.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** The demo's biometric key and devices: made in demo mode only, kept, never replaced. */
class DemoEnvironmentTest {

  @TempDir Path dir;

  private MockEnvironment env(Map<String, Object> props) {
    MockEnvironment env = new MockEnvironment();
    env.getPropertySources().addFirst(new MapPropertySource("given", props));
    env.setProperty("bmis.data-folder", dir.resolve("data").toString());
    return env;
  }

  private static void process(MockEnvironment env) {
    new DemoEnvironment().postProcessEnvironment(env, new SpringApplication());
  }

  @Test
  void demoWithoutKeyGeneratesOneKeepsItAndUsesItAgain() throws Exception {
    MockEnvironment first = env(Map.of("bmis.demo.enabled", "true", "bmis.biometrics.key", ""));
    process(first);
    String key = first.getProperty("bmis.biometrics.key");
    assertThat(key).matches("[A-Za-z0-9+/]{43}=");
    Path file = dir.resolve("data/demo-biometrics.key");
    assertThat(Files.readString(file).strip()).isEqualTo(key);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(first.getProperty("bmis.biometrics.simulator-folder"))
        .isEqualTo(dir.resolve("data/demo-devices").toString());
    assertThat(dir.resolve("data/demo-devices/fp-7.wsq")).isRegularFile();
    assertThat(dir.resolve("data/demo-devices/subjects/G3018475/fp-8.png")).isRegularFile();
    assertThat(dir.resolve("data/demo-devices/README.md")).content().contains("public domain");

    MockEnvironment second = env(Map.of("bmis.demo.enabled", "true"));
    process(second);
    assertThat(second.getProperty("bmis.biometrics.key")).isEqualTo(key);
  }

  @Test
  void outsideDemoModeNoKeyIsMadeAndBiometricsStayOff() {
    MockEnvironment env = env(Map.of("bmis.demo.enabled", "false", "bmis.biometrics.key", ""));
    process(env);
    assertThat(env.getProperty("bmis.biometrics.key")).isEmpty();
    assertThat(dir.resolve("data")).doesNotExist();
    MockEnvironment unset = env(Map.of());
    process(unset);
    assertThat(unset.getProperty("bmis.biometrics.key")).isNull();
    assertThat(dir.resolve("data")).doesNotExist();
  }

  @Test
  void aGivenKeyAndSimulatorFolderAreKept() {
    MockEnvironment env =
        env(
            Map.of(
                "bmis.demo.enabled", "true",
                "bmis.biometrics.key", "QAUv38iKuyz7DmGeU3BZET7/84IvzY1yImRvlhiINcM=",
                "bmis.biometrics.simulator-folder", "my-scanner"));
    process(env);
    assertThat(env.getProperty("bmis.biometrics.key"))
        .isEqualTo("QAUv38iKuyz7DmGeU3BZET7/84IvzY1yImRvlhiINcM=");
    assertThat(env.getProperty("bmis.biometrics.simulator-folder")).isEqualTo("my-scanner");
    assertThat(dir.resolve("data/demo-biometrics.key")).doesNotExist();
  }

  @Test
  void existingDevicesFolderIsNotOverwritten() throws Exception {
    Path devices = Files.createDirectories(dir.resolve("data/demo-devices"));
    Files.writeString(devices.resolve("face.jpg"), "mine");
    process(env(Map.of("bmis.demo.enabled", "true")));
    assertThat(devices.resolve("face.jpg")).hasContent("mine");
    assertThat(devices.resolve("fp-1.wsq")).doesNotExist();
  }
}
