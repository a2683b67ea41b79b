package org.openbmis.bench.chip;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.openbmis.chip.ChipFiles;
import org.openbmis.chip.ChipStatus;
import org.openbmis.chip.PassiveAuthentication;
import org.openbmis.chip.TestPki;
import org.openbmis.chip.TrustStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Passive authentication of one chip (SOD signature, five data groups of the sizes of the BSI
 * reference chip: 93 B, 15 KB, 32 KB, 13 KB, 334 B, chain to the CSCA, CRL lookup) signed with
 * RSA-2048 RSASSA-PSS or brainpoolP256r1 ECDSA, against a trust store of 600 CSCAs; and the CSCA
 * lookup by authority key identifier alone. One thread: {@code java -jar bmis-bench.jar
 * ChipBenchmark -f 1 -wi 2 -w 2 -i 3 -r 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class ChipBenchmark {
  static final int CSCAS = Integer.getInteger("chip.cscas", 600);
  static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
  static final Instant TO = Instant.parse("2034-01-01T00:00:00Z");
  static final Instant SIGNED = Instant.parse("2024-03-01T09:00:00Z");

  private TrustStore store;
  private PassiveAuthentication pa;
  private ChipFiles rsaChip;
  private ChipFiles brainpoolChip;
  private X509Certificate lookupSigner;

  @Setup
  public void setUp() throws Exception {
    store = new TrustStore();
    Random random = new Random(23);
    Map<Integer, byte[]> dgs =
        Map.of(
            1,
            bytes(random, 93),
            2,
            bytes(random, 15_083),
            3,
            bytes(random, 32_476),
            4,
            bytes(random, 13_294),
            14,
            bytes(random, 334));
    TestPki rsa = TestPki.rsa("DE", FROM, TO);
    TestPki brainpool = TestPki.brainpool("FR", FROM, TO);
    store.addCsca(rsa.csca);
    store.addCsca(brainpool.csca);
    for (X509Certificate c : fillers(CSCAS - 2)) {
      store.addCsca(c);
    }
    pa = new PassiveAuthentication(store, Clock.systemUTC());
    rsaChip = new ChipFiles(rsa.sod(dgs, SIGNED), dgs);
    brainpoolChip = new ChipFiles(brainpool.sod(dgs, SIGNED), dgs);
    lookupSigner = rsa.dsc;
    for (ChipFiles chip : List.of(rsaChip, brainpoolChip)) {
      if (pa.verify(chip, null).status() != ChipStatus.VALID) {
        throw new IllegalStateException("benchmark chip is not VALID");
      }
    }
    System.out.println("trust store: " + store.size() + " CSCAs");
  }

  @Benchmark
  public Object passiveAuthenticationRsa() throws Exception {
    return pa.verify(rsaChip, null);
  }

  @Benchmark
  public Object passiveAuthenticationBrainpool() throws Exception {
    return pa.verify(brainpoolChip, null);
  }

  @Benchmark
  public Object cscaLookup() {
    return store.candidateIssuers(lookupSigner);
  }

  private static byte[] bytes(Random random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  /** Self-signed P-256 CSCAs of 150 made-up countries (cheap to make; only their index counts). */
  private static List<X509Certificate> fillers(int n) throws Exception {
    var provider = new org.bouncycastle.jce.provider.BouncyCastleProvider();
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    var utils = new JcaX509ExtensionUtils();
    var result = new java.util.ArrayList<X509Certificate>();
    for (int i = 0; i < n; i++) {
      KeyPair keys = generator.generateKeyPair();
      String country = "" + (char) ('A' + i % 26) + (char) ('A' + (i / 26) % 6);
      var name = new X500Principal("CN=Filler CSCA " + i + ",C=" + country);
      var builder =
          new JcaX509v3CertificateBuilder(
              name,
              BigInteger.valueOf(i + 1),
              Date.from(FROM),
              Date.from(TO),
              name,
              keys.getPublic());
      builder.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          utils.createSubjectKeyIdentifier(keys.getPublic()));
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      result.add(
          new JcaX509CertificateConverter()
              .setProvider(provider)
              .getCertificate(
                  builder.build(
                      new JcaContentSignerBuilder("SHA256withECDSA")
                          .setProvider(provider)
                          .build(keys.getPrivate()))));
    }
    return result;
  }
}
