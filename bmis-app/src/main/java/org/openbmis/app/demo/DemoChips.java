package org.openbmis.app.demo;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.openbmis.app.pki.PkiService;
import org.openbmis.chip.ChipIssuer;
import org.openbmis.mrz.MrzFields;
import org.openbmis.mrz.MrzFormat;
import org.openbmis.mrz.MrzGenerator;
import org.openbmis.mrz.Sex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's chips (ADR 0026). At the first start a simulated issuing state ({@link ChipIssuer},
 * country KE, a CSCA made on the spot, nothing shipped) issues two chips into the simulated
 * reader's folder: a genuine one for the walk-through's clean entry (Grace Otieno, AK0457812:
 * VALID, with the demo portrait as JPEG 2000 in DG2) and one whose portrait was substituted after
 * signing (Peter Mwangi, AK0991204: INVALID, referred). The CSCA is kept beside them ({@code
 * csca.cer}) and imported into the trust store at every start (a certificate already trusted is
 * left as it is).
 */
@Component
@ConditionalOnProperty(name = "bmis.demo.enabled", havingValue = "true")
class DemoChips {

  static final String GENUINE = "AK0457812";
  static final String TAMPERED = "AK0991204";
  static final String CSCA_FILE = "csca.cer";

  private final PkiService pki;
  private final Clock clock;
  private final Path folder;

  DemoChips(
      PkiService pki,
      Clock clock,
      @Value("${bmis.pki.chip-simulator-folder:chip-simulator}") String folder) {
    this.pki = pki;
    this.clock = clock;
    this.folder = Path.of(folder);
  }

  /** Issues the chips once, and trusts their CSCA (run as the demo's administrator). */
  void issue() {
    Path csca = folder.resolve(CSCA_FILE);
    try {
      if (!Files.isRegularFile(csca)) {
        write(folder, clock.instant());
      }
      pki.importCsca(Files.readAllBytes(csca));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the demo chips to " + folder, e);
    }
  }

  /** The tampered chip's holder, whose MRZ the README prints. */
  static String tamperedMrz() {
    return MrzGenerator.generate(
        new MrzFields(
            MrzFormat.TD3,
            "P",
            "KEN",
            TAMPERED,
            "MWANGI",
            "PETER KAMAU",
            "KEN",
            LocalDate.of(1985, 9, 23),
            Sex.MALE,
            LocalDate.of(2032, 3, 15),
            ""));
  }

  /** Writes both chips and the CSCA into {@code folder}. */
  static void write(Path folder, Instant now) throws IOException {
    ChipIssuer issuer =
        ChipIssuer.create("KE", now.minus(400, ChronoUnit.DAYS), now.plus(3650, ChronoUnit.DAYS));
    Instant signed = now.minus(300, ChronoUnit.DAYS);
    BufferedImage face;
    try (InputStream in = DemoEnvironment.resource("demo/devices/face.jpg")) {
      face = ImageIO.read(in);
    }
    byte[] portrait = ChipIssuer.dg2(jpeg2000(face), true, face.getWidth(), face.getHeight());

    String genuine =
        Walkthrough.PEOPLE.stream()
            .filter(p -> p.feature() == Walkthrough.Feature.CLEAN_ENTRY)
            .findFirst()
            .orElseThrow()
            .mrz();
    Map<Integer, byte[]> dgs = Map.of(1, ChipIssuer.dg1(genuine), 2, portrait);
    chip(folder.resolve(GENUINE), issuer.sod(dgs, signed), dgs);

    // photo substitution: the SOD signed over the true portrait, DG2 replaced by another one
    Map<Integer, byte[]> original = Map.of(1, ChipIssuer.dg1(tamperedMrz()), 2, portrait);
    BufferedImage other = mirrored(face);
    Map<Integer, byte[]> swapped =
        Map.of(
            1,
            original.get(1),
            2,
            ChipIssuer.dg2(jpeg2000(other), true, other.getWidth(), other.getHeight()));
    chip(folder.resolve(TAMPERED), issuer.sod(original, signed), swapped);

    Files.write(folder.resolve(CSCA_FILE), encoded(issuer));
  }

  private static byte[] encoded(ChipIssuer issuer) {
    try {
      return issuer.csca().getEncoded();
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void chip(Path dir, byte[] sod, Map<Integer, byte[]> dgs) throws IOException {
    Files.createDirectories(dir);
    Files.write(dir.resolve("EF_SOD.bin"), sod);
    for (var dg : dgs.entrySet()) {
      Files.write(dir.resolve("Datagroup" + dg.getKey() + ".bin"), dg.getValue());
    }
  }

  private static BufferedImage mirrored(BufferedImage image) {
    var flip = AffineTransform.getScaleInstance(-1, 1);
    flip.translate(-image.getWidth(), 0);
    return new AffineTransformOp(flip, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(image, null);
  }

  /** The image as a JPEG 2000 file (the jai-imageio writer), as most chips hold the portrait. */
  static byte[] jpeg2000(BufferedImage image) throws IOException {
    ImageIO.scanForPlugins();
    var writers = ImageIO.getImageWritersByFormatName("jpeg2000");
    if (!writers.hasNext()) {
      throw new IOException("No JPEG 2000 writer on the class path");
    }
    ImageWriter writer = writers.next();
    var out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(image);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
