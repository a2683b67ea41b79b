package org.openbmis.chip;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.ICAOObjectIdentifiers;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A simulated issuing state, for simulated readers, demos and tests only: an RSA 2048 CSCA made on
 * the spot, a document signer it issued, and chips (DG1 with an MRZ, DG2 with a JPEG portrait,
 * EF.SOD signed with RSASSA-PSS) issued by it. Its certificates name the organisation "OpenBMIS
 * simulated issuer" so that nobody mistakes them for a state's.
 */
public final class ChipIssuer {
  private static final Provider BC = new BouncyCastleProvider();

  private final KeyPair cscaKeys;
  private final X509Certificate csca;
  private final KeyPair dscKeys;
  private final X509Certificate dsc;

  private ChipIssuer(String country, Instant notBefore, Instant notAfter) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", BC);
      generator.initialize(2048, new SecureRandom());
      long serial = Math.abs(new SecureRandom().nextLong());
      cscaKeys = generator.generateKeyPair();
      X500Principal cscaName =
          new X500Principal("CN=Simulated CSCA,O=OpenBMIS simulated issuer,C=" + country);
      csca =
          certificate(cscaName, cscaKeys.getPublic(), cscaName, null, serial, notBefore, notAfter);
      dscKeys = generator.generateKeyPair();
      dsc =
          certificate(
              new X500Principal("CN=Simulated DS,O=OpenBMIS simulated issuer,C=" + country),
              dscKeys.getPublic(),
              cscaName,
              csca,
              serial + 1,
              notBefore,
              notAfter);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot make the simulated issuer", e);
    }
  }

  /** An issuer for {@code country} (ISO 3166 alpha-2) whose certificates hold between the two. */
  public static ChipIssuer create(String country, Instant notBefore, Instant notAfter) {
    return new ChipIssuer(country, notBefore, notAfter);
  }

  /** The CSCA certificate to put in a trust store. */
  public X509Certificate csca() {
    return csca;
  }

  /** The document signer's certificate. */
  public X509Certificate documentSigner() {
    return dsc;
  }

  /** DG1 holding {@code mrz} (the lines joined, without line breaks). */
  public static byte[] dg1(String mrz) {
    byte[] text = Dg1.normalise(mrz).getBytes(StandardCharsets.US_ASCII);
    return tlv(0x61, tlv(0x5F1F, text));
  }

  /** DG2 holding one JPEG portrait of {@code width} x {@code height} (ISO/IEC 19794-5). */
  public static byte[] dg2(byte[] jpeg, int width, int height) {
    return dg2(jpeg, false, width, height);
  }

  /**
   * DG2 holding one portrait of {@code width} x {@code height} (ISO/IEC 19794-5): a JPEG 2000 file
   * when {@code jpeg2000}, else a JPEG.
   */
  public static byte[] dg2(byte[] image, boolean jpeg2000, int width, int height) {
    byte[] jpeg = image;
    var face = new ByteArrayOutputStream();
    int block = 20 + 12 + jpeg.length;
    face.writeBytes(new byte[] {'F', 'A', 'C', 0, '0', '1', '0', 0});
    writeInt(face, 14 + block);
    face.writeBytes(new byte[] {0, 1});
    writeInt(face, block);
    face.writeBytes(new byte[20 - 4]); // no feature points, properties unspecified
    face.write(1); // full frontal
    face.write(jpeg2000 ? 1 : 0); // image data type: JPEG 2000 or JPEG
    face.write(width >> 8);
    face.write(width);
    face.write(height >> 8);
    face.write(height);
    face.writeBytes(new byte[] {1, 2, 0, 0, 0, 0}); // RGB, digital still camera
    face.writeBytes(jpeg);
    byte[] header = tlv(0xA1, concat(tlv(0x81, new byte[] {2}), tlv(0x87, new byte[] {1, 1})));
    byte[] bit = tlv(0x7F60, concat(header, tlv(0x5F2E, face.toByteArray())));
    return tlv(0x75, tlv(0x7F61, concat(tlv(0x02, new byte[] {1}), bit)));
  }

  /** EF.SOD over {@code dataGroups} (SHA-256), signed by the document signer at the time given. */
  public byte[] sod(Map<Integer, byte[]> dataGroups, Instant signingTime) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      DataGroupHash[] hashes =
          dataGroups.entrySet().stream()
              .sorted(Map.Entry.comparingByKey())
              .map(
                  e ->
                      new DataGroupHash(
                          e.getKey(), new DEROctetString(sha256.digest(e.getValue()))))
              .toArray(DataGroupHash[]::new);
      var lds =
          new LDSSecurityObject(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hashes);
      Hashtable<ASN1ObjectIdentifier, Attribute> attrs = new Hashtable<>();
      attrs.put(
          CMSAttributes.signingTime,
          new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime)))));
      var generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(
                  new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
              .setSignedAttributeGenerator(
                  new DefaultSignedAttributeTableGenerator(new AttributeTable(attrs)))
              .build(
                  new JcaContentSignerBuilder("SHA256withRSAandMGF1")
                      .setProvider(BC)
                      .build(dscKeys.getPrivate()),
                  dsc));
      generator.addCertificates(new JcaCertStore(List.of(dsc)));
      var data =
          generator.generate(
              new CMSProcessableByteArray(
                  ICAOObjectIdentifiers.id_icao_ldsSecurityObject, lds.getEncoded()),
              true);
      return tlv(0x77, data.toASN1Structure().getEncoded("DER"));
    } catch (Exception e) {
      throw new IllegalStateException("Cannot sign the simulated SOD", e);
    }
  }

  private X509Certificate certificate(
      X500Principal subject,
      PublicKey key,
      X500Principal issuer,
      X509Certificate issuerCert,
      long serial,
      Instant notBefore,
      Instant notAfter)
      throws Exception {
    var utils = new JcaX509ExtensionUtils();
    var builder =
        new JcaX509v3CertificateBuilder(
            issuer,
            BigInteger.valueOf(serial),
            Date.from(notBefore),
            Date.from(notAfter),
            subject,
            key);
    boolean ca = issuerCert == null;
    builder.addExtension(
        Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key));
    builder.addExtension(
        Extension.authorityKeyIdentifier,
        false,
        ca
            ? utils.createAuthorityKeyIdentifier(key)
            : utils.createAuthorityKeyIdentifier(issuerCert));
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
    builder.addExtension(
        Extension.keyUsage,
        true,
        new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
    PrivateKey signing = cscaKeys.getPrivate();
    return new JcaX509CertificateConverter()
        .setProvider(BC)
        .getCertificate(
            builder.build(
                new JcaContentSignerBuilder("SHA256withRSA").setProvider(BC).build(signing)));
  }

  private static void writeInt(ByteArrayOutputStream out, int v) {
    out.write(v >>> 24);
    out.write(v >>> 16);
    out.write(v >>> 8);
    out.write(v);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** A BER TLV with a one- or two-byte tag and a definite length. */
  static byte[] tlv(int tag, byte[] value) {
    var out = new ByteArrayOutputStream();
    if (tag > 0xff) {
      out.write(tag >> 8);
    }
    out.write(tag);
    int n = value.length;
    if (n < 0x80) {
      out.write(n);
    } else if (n < 0x100) {
      out.write(0x81);
      out.write(n);
    } else if (n < 0x10000) {
      out.write(0x82);
      out.write(n >> 8);
      out.write(n);
    } else {
      out.write(0x83);
      out.write(n >> 16);
      out.write(n >> 8);
      out.write(n);
    }
    out.writeBytes(value);
    return out.toByteArray();
  }
}
