package org.openbmis.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MrzKeyTest {

  @Test
  void readsThePassportsKey() {
    MrzKey key =
        MrzKey.of(
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                + "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
    assertThat(key).isEqualTo(new MrzKey("L898902C3", "740812", "120415"));
    assertThat(key.toString()).doesNotContain("L898902C3").doesNotContain("740812");
  }

  @Test
  void readsACardsKeyWithALongDocumentNumber() {
    MrzKey key =
        MrzKey.of(
            "I<UTOD23145890<7349<<<<<<<<<<<\n"
                + "7408122F1204159UTO<<<<<<<<<<<6\n"
                + "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
    assertThat(key).isEqualTo(new MrzKey("D23145890734", "740812", "120415"));
  }

  @Test
  void refusesTextThatIsNoMrz() {
    assertThatThrownBy(() -> MrzKey.of("HELLO")).isInstanceOf(IllegalArgumentException.class);
  }
}
