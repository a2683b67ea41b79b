package org.openbmis.app.admin;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openbmis.app.shared.InvalidInputProblem;

/**
 * Password rules after NIST SP 800-63B (issue 20: "aaaaaaaaaa" and "password123" were accepted).
 */
class PasswordPolicyTest {

  static final PasswordPolicy POLICY = new PasswordPolicy();

  static void refused(String password, String code) {
    assertThatThrownBy(() -> POLICY.check("officer.air", password, "newPassword"))
        .isInstanceOf(InvalidInputProblem.class)
        .satisfies(
            e -> {
              var p = (InvalidInputProblem) e;
              org.assertj.core.api.Assertions.assertThat(p.code()).isEqualTo(code);
              org.assertj.core.api.Assertions.assertThat(p.fieldErrors())
                  .extracting(InvalidInputProblem.FieldError::field)
                  .containsExactly("newPassword");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"aaaaaaaaaa", "password123", "hunter2", "abcdefghijk"})
  void theAttackersAcceptedPasswordsAreNowTooShort(String password) {
    refused(password, PasswordPolicy.TOO_SHORT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "aaaaaaaaaaaa",
        "password1234",
        "Password2026!",
        "passwordpassword",
        "iloveyou1234",
        "123456789012",
        "abcdefghijklmn",
        "qwertyuiopasdf",
        "abcabcabcabc",
        "ababababababab"
      })
  void commonRepetitiveAndSequentialPasswordsAreRefused(String password) {
    refused(password, PasswordPolicy.TOO_WEAK);
  }

  @Test
  void aPasswordContainingTheUsernameIsRefused() {
    refused("my-officer.air-2026", PasswordPolicy.CONTAINS_USERNAME);
    refused("officer-and-gentleman", PasswordPolicy.CONTAINS_USERNAME);
  }

  @Test
  void aPasswordBcryptWouldCutIsRefusedNotTruncated() {
    refused("a".repeat(40) + "-Zebra-Kiwi-Yak-Okapi-Lynx-Ibis-Gnu", "admin.password_too_long");
    refused("Ω".repeat(37), "admin.password_too_long");
    POLICY.check(
        "anna", "Zebra-Kiwi-Yak-Okapi-Lynx-Ibis-Gnu-Emu-Koala-Tapir-Heron-Crane-Quail", "password");
  }

  @Test
  void theDemoPasswordIsRefused() {
    refused("demo", PasswordPolicy.TOO_WEAK);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "correct-horse-battery",
        "lantern orchard 42",
        "Zq8!vL2#pW9m",
        "éléphant rose vole"
      })
  void longUncommonPasswordsNeedNoCompositionRules(String password) {
    assertThatCode(() -> POLICY.check("officer.air", password, "password"))
        .doesNotThrowAnyException();
  }
}
