package org.openbmis.app.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openbmis.app.shared.InvalidInputProblem;
import org.springframework.stereotype.Component;

/**
 * Password rules after NIST SP 800-63B: at least {@value #MIN_LENGTH} characters, not a common or
 * breached password (the list shipped as {@code security/common-passwords.txt}, also with digits or
 * symbols around it or repeated), not repetitive or sequential, and not containing the username. No
 * composition rules. The demo accounts' password {@code demo} is seeded without these rules, in
 * demo mode only.
 */
@Component
class PasswordPolicy {

  static final int MIN_LENGTH = 12;

  /** bcrypt reads 72 bytes; a longer password is refused rather than cut silently. */
  static final int MAX_BYTES = 72;

  static final String TOO_SHORT = "admin.password_too_short";
  static final String TOO_LONG = "admin.password_too_long";
  static final String TOO_WEAK = "admin.password_too_weak";
  static final String CONTAINS_USERNAME = "admin.password_contains_username";

  private static final String RUNS =
      "0123456789012345678901234567890123456789 abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz"
          + " qwertyuiopasdfghjklzxcvbnmqwertyuiop azertyuiopqsdfghjklmwxcvbn";
  private static final String RUNS_BACK = new StringBuilder(RUNS).reverse().toString();

  private final Set<String> common;

  PasswordPolicy() {
    this.common = load();
  }

  /** Checks a new password of a user; throws a 422 problem on the given form field. */
  void check(String username, String password, String field) {
    if ("demo".equalsIgnoreCase(password)) {
      throw invalid(field, TOO_WEAK, "Choose a password that is not easy to guess.");
    }
    if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
      throw invalid(field, TOO_SHORT, "Use at least " + MIN_LENGTH + " characters.");
    }
    if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw invalid(
          field, TOO_LONG, "Use at most 72 bytes (72 Latin letters, fewer in other scripts).");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (isCommon(lower) || isRepetitive(lower) || isSequential(lower)) {
      throw invalid(
          field,
          TOO_WEAK,
          "This password is common, repetitive or sequential: choose one that is hard to guess.");
    }
    if (containsUsername(lower, username.toLowerCase(Locale.ROOT))) {
      throw invalid(field, CONTAINS_USERNAME, "The password must not contain the username.");
    }
  }

  private boolean isCommon(String lower) {
    String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    return common.contains(lower)
        || common.contains(core)
        || common.contains(unit(lower))
        || (!core.isEmpty() && common.contains(unit(core)));
  }

  /** The shortest string whose repetition gives {@code s}. */
  private static String unit(String s) {
    for (int len = 1; len <= s.length() / 2; len++) {
      if (s.length() % len == 0 && s.substring(0, len).repeat(s.length() / len).equals(s)) {
        return s.substring(0, len);
      }
    }
    return s;
  }

  private static boolean isRepetitive(String lower) {
    return unit(lower).length() <= 3 || lower.chars().distinct().count() < 5;
  }

  private static boolean isSequential(String lower) {
    return RUNS.contains(lower) || RUNS_BACK.contains(lower);
  }

  private static boolean containsUsername(String lower, String username) {
    if (username.length() >= 3 && lower.contains(username)) {
      return true;
    }
    for (String part : username.split("[._-]")) {
      if (part.length() >= 4 && lower.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> load() {
    Set<String> set = new HashSet<>();
    try (InputStream in =
            PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt");
        BufferedReader r =
            new BufferedReader(
                new InputStreamReader(
                    java.util.Objects.requireNonNull(in, "common-passwords.txt"),
                    StandardCharsets.UTF_8))) {
      r.lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(set::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return set;
  }

  private static InvalidInputProblem invalid(String field, String code, String message) {
    return new InvalidInputProblem(
        code, message, List.of(new InvalidInputProblem.FieldError(field, code, message)));
  }
}
