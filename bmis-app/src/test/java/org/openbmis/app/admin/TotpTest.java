package org.openbmis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 codes, the one-step tolerance and the refusal of a code already accepted. */
class TotpTest {

  /** The SHA1 seed of RFC 6238 Appendix B. */
  private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void theCodesAreThoseOfRfc6238AppendixB(long unixSeconds, String expected) {
    long step = Totp.step(Instant.ofEpochSecond(unixSeconds));
    assertThat(Totp.code(SEED, step, 8)).isEqualTo(expected);
    assertThat(Totp.code(SEED, step, 6)).isEqualTo(expected.substring(2));
  }

  @Test
  void aCodeIsAcceptedOneStepEitherSideOfNowAndNoFurther() {
    Instant now = Instant.ofEpochSecond(1234567890);
    long step = Totp.step(now);
    for (long s = step - 1; s <= step + 1; s++) {
      assertThat(Totp.match(SEED, Totp.code(SEED, s, 6), now, 0)).hasValue(s);
    }
    assertThat(Totp.match(SEED, Totp.code(SEED, step - 2, 6), now, 0)).isEmpty();
    assertThat(Totp.match(SEED, Totp.code(SEED, step + 2, 6), now, 0)).isEmpty();
  }

  @Test
  void aCodeIsNeverAcceptedTwice() {
    Instant now = Instant.ofEpochSecond(1234567890);
    String code = Totp.code(SEED, Totp.step(now), 6);
    OptionalLong first = Totp.match(SEED, code, now, 0);
    assertThat(first).isPresent();
    assertThat(Totp.match(SEED, code, now, first.getAsLong())).isEmpty();
    assertThat(Totp.match(SEED, code, now.plusSeconds(29), first.getAsLong())).isEmpty();
    // an older code still in the window is refused once a later one was taken
    String previous = Totp.code(SEED, Totp.step(now) - 1, 6);
    assertThat(Totp.match(SEED, previous, now, first.getAsLong())).isEmpty();
  }

  @Test
  void somethingOtherThanSixDigitsIsNoCode() {
    Instant now = Instant.ofEpochSecond(59);
    assertThat(Totp.match(SEED, "94287082", now, 0)).isEmpty();
    assertThat(Totp.match(SEED, "28708", now, 0)).isEmpty();
    assertThat(Totp.match(SEED, "28708x", now, 0)).isEmpty();
    assertThat(Totp.match(SEED, "287082", now, 0)).isPresent();
  }

  @Test
  void base32RoundTripsAndReadsTheRfc4648Example() {
    assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    assertThat(Base32.decode("mzxw 6ytb-oi======"))
        .isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
    assertThat(Base32.decode(Base32.encode(SEED))).isEqualTo(SEED);
  }

  @Test
  void secretsAreEncryptedWhenAKeyIsSetAndReadableEitherWay() {
    SecretCipher sealed = new SecretCipher("QAUv38iKuyz7DmGeU3BZET7/84IvzY1yImRvlhiINcM=");
    String stored = sealed.seal(SEED);
    assertThat(stored).startsWith("v1:").doesNotContain(Base32.encode(SEED));
    assertThat(sealed.open(stored)).isEqualTo(SEED);
    assertThat(sealed.seal(SEED)).as("a fresh nonce each time").isNotEqualTo(stored);
    SecretCipher plain = new SecretCipher("");
    assertThat(plain.open(plain.seal(SEED))).isEqualTo(SEED);
    assertThat(sealed.open(plain.seal(SEED))).isEqualTo(SEED);
  }
}
