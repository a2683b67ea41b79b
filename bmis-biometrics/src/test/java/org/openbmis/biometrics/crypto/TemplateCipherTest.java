package org.openbmis.biometrics.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class TemplateCipherTest {
  private static byte[] key() {
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    return k;
  }

  @Test
  void roundTripsWithAFreshIvEachTime() {
    TemplateCipher cipher = new TemplateCipher(key());
    byte[] template = "template bytes".getBytes();
    byte[] a = cipher.encrypt("record-1", template);
    byte[] b = cipher.encrypt("record-1", template);
    assertThat(a).isNotEqualTo(b);
    assertThat(a).hasSize(1 + 12 + template.length + 16);
    assertThat(cipher.decrypt("record-1", a)).isEqualTo(template);
    assertThat(cipher.decrypt("record-1", b)).isEqualTo(template);
  }

  @Test
  void detectsTamperingWrongIdAndWrongKey() {
    byte[] k = key();
    TemplateCipher cipher = new TemplateCipher(k);
    byte[] sealed = cipher.encrypt("record-1", new byte[100]);
    byte[] tampered = sealed.clone();
    tampered[40] ^= 1;
    assertThatThrownBy(() -> cipher.decrypt("record-1", tampered))
        .isInstanceOf(TemplateCipherException.class);
    assertThatThrownBy(() -> cipher.decrypt("record-2", sealed))
        .isInstanceOf(TemplateCipherException.class);
    assertThatThrownBy(() -> new TemplateCipher(key()).decrypt("record-1", sealed))
        .isInstanceOf(TemplateCipherException.class);
    assertThatThrownBy(() -> cipher.decrypt("record-1", new byte[5]))
        .isInstanceOf(TemplateCipherException.class);
    String b64 = Base64.getEncoder().encodeToString(k);
    assertThat(TemplateCipher.fromBase64(b64).decrypt("record-1", sealed)).hasSize(100);
    assertThatThrownBy(() -> new TemplateCipher(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void loadsTheKeyFromAPkcs12KeyStore() throws Exception {
    byte[] k = key();
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    char[] pw = "changeit".toCharArray();
    ks.setEntry(
        "templates",
        new KeyStore.SecretKeyEntry(new SecretKeySpec(k, "AES")),
        new KeyStore.PasswordProtection(pw));
    TemplateCipher fromStore = TemplateCipher.fromKeyStore(ks, "templates", pw);
    assertThat(new TemplateCipher(k).decrypt("id", fromStore.encrypt("id", new byte[] {7})))
        .containsExactly(7);
  }
}
