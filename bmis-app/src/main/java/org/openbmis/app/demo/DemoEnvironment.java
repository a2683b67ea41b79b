package org.openbmis.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Demo mode turns biometrics on without any setting: when {@code bmis.demo.enabled} is true and no
 * {@code bmis.biometrics.key} is given, a demo key is generated once into {@code
 * <data-folder>/demo-biometrics.key} (owner-only) and used; the simulated scanner and camera get
 * the public-domain prints and portrait shipped under {@code demo/devices/}, copied to {@code
 * <data-folder>/demo-devices/} at the first start. Outside demo mode it does nothing: a node
 * without a key keeps biometric storage off (ADR 0021).
 */
public final class DemoEnvironment implements EnvironmentPostProcessor, Ordered {

  static final String KEY_FILE = "demo-biometrics.key";
  static final String DEVICES = "demo-devices";

  /** The files of {@code demo/devices/} (a jar cannot be listed). */
  static final List<String> DEVICE_FILES =
      List.of(
          "README.md",
          "face.jpg",
          "fp-1.wsq",
          "fp-2.wsq",
          "fp-3.wsq",
          "fp-4.wsq",
          "fp-5.wsq",
          "fp-6.wsq",
          "fp-7.wsq",
          "fp-9.wsq",
          "fp-10.wsq",
          "subjects/" + Walkthrough.ALERT_DOCUMENT + "/fp-8.png");

  @Override
  public int getOrder() {
    // after the configuration files are read
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    if (!"true".equalsIgnoreCase(env.getProperty("bmis.demo.enabled"))) {
      return;
    }
    Path data = Path.of(env.getProperty("bmis.data-folder", "data"));
    Map<String, Object> props = new HashMap<>();
    String key = env.getProperty("bmis.biometrics.key");
    if (key == null || key.isBlank()) {
      props.put("bmis.biometrics.key", readOrCreateKey(data.resolve(KEY_FILE)));
    }
    String simulator = env.getProperty("bmis.biometrics.simulator-folder");
    if (simulator == null || simulator.isBlank() || simulator.equals("biometrics-simulator")) {
      Path devices = data.resolve(DEVICES);
      copyDevices(devices);
      props.put("bmis.biometrics.simulator-folder", devices.toString());
    }
    String chips = env.getProperty("bmis.pki.chip-simulator-folder");
    if (chips == null || chips.isBlank() || chips.equals("chip-simulator")) {
      // the simulated chip reader's folder, filled by DemoChips at the first start (ADR 0026)
      props.put(
          "bmis.pki.chip-simulator-folder", data.resolve(DEVICES).resolve("chips").toString());
    }
    if (!props.isEmpty()) {
      env.getPropertySources().addFirst(new MapPropertySource("bmis-demo", props));
    }
  }

  /** The demo key of this working folder: read, or generated (32 random bytes) and kept. */
  static String readOrCreateKey(Path file) {
    try {
      if (Files.isRegularFile(file)) {
        return Files.readString(file).strip();
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      String key = Base64.getEncoder().encodeToString(bytes);
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, key + "\n");
      ownerOnly(tmp);
      Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the demo biometric key in " + file, e);
    }
  }

  /** Copies the shipped device files into a folder that does not exist yet (never over one). */
  static void copyDevices(Path folder) {
    if (Files.exists(folder)) {
      return;
    }
    try {
      for (String name : DEVICE_FILES) {
        Path target = folder.resolve(name);
        Files.createDirectories(target.getParent());
        try (InputStream in = resource("demo/devices/" + name)) {
          Files.copy(in, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the demo devices to " + folder, e);
    }
  }

  static InputStream resource(String path) {
    InputStream in = DemoEnvironment.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("Missing demo resource " + path);
    }
    return in;
  }

  private static void ownerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system (Windows): the file inherits the folder's access rules
    }
  }
}
