package org.openbmis.app.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The action codes the sources pass to {@code AuditLog.record}: its first string argument. */
final class AuditedActions {

  /** {@code record(} then, possibly after a user and a post argument, a quoted action code. */
  private static final Pattern CALL =
      Pattern.compile(
          "\\.record\\(\\s*(?:[^\"();]*?,\\s*[^\"();]*?,\\s*)?\"((?:admin|audit|auth|biometrics|document|movement|screening|statistics|traveller|visa|demo|chip|pki|sync|manifest)\\.[a-z_]+)\"");

  private AuditedActions() {}

  static Set<String> inSources(Path root) throws IOException {
    Set<String> actions = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = CALL.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          actions.add(m.group(1));
        }
      }
    }
    return actions;
  }
}
