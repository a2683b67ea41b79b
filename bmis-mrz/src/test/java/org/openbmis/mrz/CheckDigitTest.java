package org.openbmis.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CheckDigitTest {
  @Test
  void computesSevenThreeOne() {
    assertThat(CheckDigit.compute("520727")).isEqualTo(3);
    assertThat(CheckDigit.compute("L898902C3")).isEqualTo(6);
    assertThat(CheckDigit.compute("<<<<<<")).isZero();
    assertThat(CheckDigit.compute("")).isZero();
  }

  @Test
  void validatesOnlyDigits() {
    assertThat(CheckDigit.isValid("740812", '2')).isTrue();
    assertThat(CheckDigit.isValid("740812", '3')).isFalse();
    assertThat(CheckDigit.isValid("<<<<", '<')).isFalse();
    assertThat(CheckDigit.isValid("740812", 'Z')).isFalse();
  }

  @Test
  void rejectsNonMrzCharacters() {
    assertThatThrownBy(() -> CheckDigit.compute("ab")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void longDocumentNumberConventions() {
    assertThat(DocumentNumbers.read("600001795", '<', "0152<<<<", true).check().note())
        .isEqualTo(DocumentNumbers.EXCLUDING);
    DocumentNumbers.Read bel = DocumentNumbers.read("000590240", '<', "6013<<<<", true);
    assertThat(bel.check().valid()).isTrue();
    assertThat(bel.check().note()).isEqualTo(DocumentNumbers.INCLUDING);
    assertThat(bel.number()).isEqualTo("000590240601");
    assertThat(DocumentNumbers.read("D23145890", '<', "7349<<", true).check().note())
        .isEqualTo(DocumentNumbers.BOTH);
    assertThat(DocumentNumbers.read("000590240", '<', "6016<<<<", true).check().valid()).isFalse();
  }
}
