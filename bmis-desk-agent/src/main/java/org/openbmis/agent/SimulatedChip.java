package org.openbmis.agent;

import java.io.IOException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Optional;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.ISO9796d2Signer;

/**
 * A simulated chip for tests and the demo: the files of a {@link FolderChipSource}, and an RSA
 * active authentication key (e.g. the BSI reference chip's published {@code DG15_sk.pkcs8}) with
 * which it answers the challenge as a chip does (ISO/IEC 9796-2 scheme 1, SHA-1, implicit trailer,
 * a random recoverable part). The agent verifies the answer with DG15, as for a real chip.
 */
public final class SimulatedChip implements ChipSource {
  private final FolderChipSource files;
  private final RSAPrivateCrtKey aaKey;
  private final SecureRandom random = new SecureRandom();

  public SimulatedChip(FolderChipSource files, RSAPrivateCrtKey aaKey) {
    this.files = files;
    this.aaKey = aaKey;
  }

  @Override
  public Optional<ChipRead> read(MrzKey key) throws IOException {
    Optional<ChipRead> read = files.read(key);
    if (read.isEmpty()) {
      return read;
    }
    ChipRead r = read.get();
    var aa = ActiveAuthentication.run(r.dataGroups().get(15), this::answer);
    return Optional.of(new ChipRead(r.com(), r.sod(), r.dataGroups(), aa));
  }

  /** The chip's answer to {@code challenge}. */
  byte[] answer(byte[] challenge) {
    try {
      var signer = new ISO9796d2Signer(new RSABlindedEngine(), new SHA1Digest(), true);
      signer.init(true, new RSAKeyParameters(true, aaKey.getModulus(), aaKey.getPrivateExponent()));
      int capacity = (aaKey.getModulus().bitLength() + 7) / 8 - 20 - 2;
      byte[] m1 = new byte[capacity];
      random.nextBytes(m1);
      signer.update(m1, 0, m1.length);
      signer.update(challenge, 0, challenge.length);
      return signer.generateSignature();
    } catch (Exception e) {
      throw new IllegalStateException("The simulated chip cannot sign", e);
    }
  }
}
