package org.openbmis.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The BSI reference chip as a simulated chip: its files from a folder, active authentication
 * answered with its published DG15 private key and verified with DG15's public key.
 */
class SimulatedChipTest {

  @TempDir Path folder;

  private MrzKey chipWithDg15() throws Exception {
    Path bsi = AgentTestData.bsi();
    Path chip = Files.createDirectories(folder.resolve("C11T002JM"));
    for (String name :
        new String[] {
          "EF_COM.bin", "EF_SOD.bin", "Datagroup1.bin", "Datagroup2.bin", "Datagroup15.bin"
        }) {
      Files.copy(bsi.resolve(name), chip.resolve(name));
    }
    return new MrzKey("C11T002JM", "640812", "251031");
  }

  private static RSAPrivateCrtKey bsiAaKey() throws Exception {
    byte[] pkcs8 = Files.readAllBytes(AgentTestData.bsi().resolve("DG15_sk.pkcs8"));
    return (RSAPrivateCrtKey)
        KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
  }

  @Test
  void theGenuineChipPassesActiveAuthentication() throws Exception {
    MrzKey key = chipWithDg15();
    ChipRead read =
        new SimulatedChip(new FolderChipSource(folder), bsiAaKey()).read(key).orElseThrow();
    assertThat(read.activeAuthentication()).isEqualTo(ActiveAuthentication.Result.PASSED);
    assertThat(read.dataGroups()).containsOnlyKeys(1, 2, 15);
    assertThat(read.com()).isNotNull();
  }

  @Test
  void aCloneWithoutThePrivateKeyFails() throws Exception {
    MrzKey key = chipWithDg15();
    var generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(1024);
    var cloneKey = (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
    ChipRead read =
        new SimulatedChip(new FolderChipSource(folder), cloneKey).read(key).orElseThrow();
    assertThat(read.activeAuthentication()).isEqualTo(ActiveAuthentication.Result.FAILED);
  }

  @Test
  void aChipWithoutDg15DoesNotSupportIt() throws Exception {
    MrzKey key = chipWithDg15();
    Files.delete(folder.resolve("C11T002JM/Datagroup15.bin"));
    ChipRead read =
        new SimulatedChip(new FolderChipSource(folder), bsiAaKey()).read(key).orElseThrow();
    assertThat(read.activeAuthentication()).isEqualTo(ActiveAuthentication.Result.NOT_SUPPORTED);
  }

  @Test
  void aDocumentWithoutAFolderHasNoChip() throws Exception {
    assertThat(new FolderChipSource(folder).read(new MrzKey("X1234567", "700101", "300101")))
        .isEmpty();
    assertThat(new FolderChipSource(folder).read(new MrzKey("../etc", "700101", "300101")))
        .isEmpty();
  }
}
