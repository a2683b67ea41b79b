package org.openbmis.app.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the demo's UTF-8 text resources under {@code demo/}, without comments and blank lines. */
final class DemoResources {

  private DemoResources() {}

  static List<String> lines(String name) {
    String path = "demo/" + name;
    InputStream in = DemoResources.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("Missing demo resource " + path);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
