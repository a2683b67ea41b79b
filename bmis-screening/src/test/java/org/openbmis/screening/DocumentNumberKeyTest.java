package org.openbmis.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The allocation-free comparison agrees with building the canonical string. */
class DocumentNumberKeyTest {

  private static final List<String> NUMBERS =
      List.of(
          "AB0123",
          "A8O123",
          "ab-0123",
          "AB 0123<<",
          "AB01234",
          "AB012",
          "",
          "<<<",
          "ı0123",
          "GBR/L898902C3",
          "L898902C",
          "l898902c3",
          "ZSQ",
          "2506");

  @Test
  void canonicalEqualsAgreesWithCanonicalOnPairs() {
    for (String a : NUMBERS) {
      for (String b : NUMBERS) {
        assertThat(DocumentNumberKey.canonicalEquals(a, DocumentNumberKey.canonical(b)))
            .as(a + " vs " + b)
            .isEqualTo(DocumentNumberKey.canonical(a).equals(DocumentNumberKey.canonical(b)));
      }
    }
    assertThat(DocumentNumberKey.canonicalEquals("A8O-123", "A80123")).isTrue();
    assertThat(DocumentNumberKey.canonicalEquals("A8O-1234", "A80123")).isFalse();
    assertThat(DocumentNumberKey.canonicalEquals(null, "")).isTrue();
    assertThat(DocumentNumberKey.canonicalEquals(null, "1")).isFalse();
  }

  @Test
  void canonicalEqualsAgreesWithCanonicalOnRandomNumbers() {
    Random r = new Random(24);
    String alphabet = "ABDGILOQSZ0125689-< xo";
    for (int n = 0; n < 20_000; n++) {
      String a = random(r, alphabet);
      String b = r.nextBoolean() ? a.toLowerCase() : random(r, alphabet);
      assertThat(DocumentNumberKey.canonicalEquals(a, DocumentNumberKey.canonical(b)))
          .as(a + " vs " + b)
          .isEqualTo(DocumentNumberKey.canonical(a).equals(DocumentNumberKey.canonical(b)));
    }
  }

  private static String random(Random r, String alphabet) {
    StringBuilder b = new StringBuilder();
    for (int i = r.nextInt(5); i >= 0; i--) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
