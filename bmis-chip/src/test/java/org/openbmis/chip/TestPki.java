package org.openbmis.chip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.Hashtable;
import java.util.Map;
import javax.security.auth.x500.X500Principal;
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
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A test PKI made on the spot: a CSCA, a document signer it issued, and SODs signed by that signer
 * over any data groups. RSA (SOD signed with RSASSA-PSS) or brainpoolP256r1 ECDSA.
 */
public final class TestPki {
  private static final Provider BC = new BouncyCastleProvider();
  private static long serial = System.nanoTime();

  public final String country;
  public final boolean ec;
  public final KeyPair cscaKeys;
  public final X509Certificate csca;
  public final KeyPair dscKeys;
  public final X509Certificate dsc;

  private TestPki(String country, boolean ec, Instant notBefore, Instant notAfter) {
    this.country = country;
    this.ec = ec;
    try {
      cscaKeys = keys(ec);
      X500Principal cscaName =
          new X500Principal("CN=Test CSCA " + serial + ",O=OpenBMIS Test,C=" + country);
      csca =
          certificate(
              cscaName, cscaKeys.getPublic(), cscaName, cscaKeys, null, notBefore, notAfter, true);
      dscKeys = keys(ec);
      dsc = issueSigner(dscKeys.getPublic(), notBefore, notAfter);
    } catch (GeneralSecurityException
        | IOException
        | org.bouncycastle.operator.OperatorCreationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An RSA 2048 PKI whose certificates are valid between the two instants. */
  public static TestPki rsa(String country, Instant notBefore, Instant notAfter) {
    return new TestPki(country, false, notBefore, notAfter);
  }

  /** A brainpoolP256r1 PKI whose certificates are valid between the two instants. */
  public static TestPki brainpool(String country, Instant notBefore, Instant notAfter) {
    return new TestPki(country, true, notBefore, notAfter);
  }

  /** A document signer certificate issued by this CSCA for {@code key}. */
  public X509Certificate issueSigner(PublicKey key, Instant notBefore, Instant notAfter) {
    try {
      return certificate(
          new X500Principal("CN=Test DS " + (++serial) + ",O=OpenBMIS Test,C=" + country),
          key,
          csca.getSubjectX500Principal(),
          cscaKeys,
          csca,
          notBefore,
          notAfter,
          false);
    } catch (GeneralSecurityException
        | IOException
        | org.bouncycastle.operator.OperatorCreationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A document signer certificate naming {@code victim} as issuer (name and authority key id) but
   * signed with {@code keys}: what a forger without the CSCA's key can make.
   */
  public static X509Certificate forgeSigner(
      X509Certificate victim,
      KeyPair keys,
      PublicKey signerKey,
      Instant notBefore,
      Instant notAfter) {
    try {
      var utils = new JcaX509ExtensionUtils();
      var builder =
          new JcaX509v3CertificateBuilder(
              victim.getSubjectX500Principal(),
              BigInteger.valueOf(++serial),
              Date.from(notBefore),
              Date.from(notAfter),
              new X500Principal("CN=Forged DS,C=DE"),
              signerKey);
      builder.addExtension(
          Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(victim));
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      return new JcaX509CertificateConverter()
          .setProvider(BC)
          .getCertificate(
              builder.build(
                  new JcaContentSignerBuilder(
                          keys.getPublic().getAlgorithm().equals("EC")
                              ? "SHA256withECDSA"
                              : "SHA256withRSA")
                      .setProvider(BC)
                      .build(keys.getPrivate())));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** EF.SOD over {@code dataGroups}, signed by the document signer at {@code signingTime}. */
  public byte[] sod(Map<Integer, byte[]> dataGroups, Instant signingTime) {
    return sod(dataGroups, signingTime, dsc, dscKeys.getPrivate());
  }

  /** EF.SOD over {@code dataGroups}, signed by {@code signer} with {@code key}. */
  public byte[] sod(
      Map<Integer, byte[]> dataGroups,
      Instant signingTime,
      X509Certificate signer,
      PrivateKey key) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      DataGroupHash[] hashes =
          dataGroups.entrySet().stream()
              .sorted(Map.Entry.comparingByKey())
              .map(
                  e ->
                      new DataGroupHash(
                          e.getKey(),
                          new org.bouncycastle.asn1.DEROctetString(sha256.digest(e.getValue()))))
              .toArray(DataGroupHash[]::new);
      var lds =
          new LDSSecurityObject(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hashes);
      Hashtable<org.bouncycastle.asn1.ASN1ObjectIdentifier, Attribute> attrs = new Hashtable<>();
      attrs.put(
          CMSAttributes.signingTime,
          new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime)))));
      var generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(
                  new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
              .setSignedAttributeGenerator(
                  new DefaultSignedAttributeTableGenerator(new AttributeTable(attrs)))
              .build(signer(key), signer));
      generator.addCertificates(new JcaCertStore(java.util.List.of(signer)));
      CMSSignedData data =
          generator.generate(
              new CMSProcessableByteArray(
                  ICAOObjectIdentifiers.id_icao_ldsSecurityObject, lds.getEncoded()),
              true);
      return wrap(0x77, data.toASN1Structure().getEncoded("DER"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A CMS CSCA master list of {@code certificates}, signed by this PKI's document signer key. */
  public byte[] masterList(java.util.List<X509Certificate> certificates) {
    try {
      var certs = new org.bouncycastle.asn1.x509.Certificate[certificates.size()];
      for (int i = 0; i < certs.length; i++) {
        certs[i] =
            org.bouncycastle.asn1.x509.Certificate.getInstance(certificates.get(i).getEncoded());
      }
      var list = new org.bouncycastle.asn1.icao.CscaMasterList(certs);
      var generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(
                  new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
              .build(signer(dscKeys.getPrivate()), dsc));
      generator.addCertificates(new JcaCertStore(java.util.List.of(dsc)));
      return generator
          .generate(
              new CMSProcessableByteArray(
                  new org.bouncycastle.asn1.ASN1ObjectIdentifier("2.23.136.1.1.2"),
                  list.getEncoded()),
              true)
          .getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A CRL of this CSCA revoking the given serial numbers. */
  public X509CRL crl(Instant thisUpdate, Instant nextUpdate, BigInteger... revoked) {
    try {
      var builder =
          new X509v2CRLBuilder(
              org.bouncycastle.asn1.x500.X500Name.getInstance(
                  csca.getSubjectX500Principal().getEncoded()),
              Date.from(thisUpdate));
      builder.setNextUpdate(Date.from(nextUpdate));
      for (BigInteger s : revoked) {
        builder.addCRLEntry(s, Date.from(thisUpdate), CRLReason.keyCompromise);
      }
      builder.addExtension(
          Extension.authorityKeyIdentifier,
          false,
          new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(csca));
      return new JcaX509CRLConverter()
          .setProvider(BC)
          .getCRL(builder.build(signer(cscaKeys.getPrivate())));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Wraps {@code content} in a BER TLV with a one-byte tag. */
  public static byte[] wrap(int tag, byte[] content) {
    var out = new ByteArrayOutputStream();
    out.write(tag);
    int n = content.length;
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
    out.writeBytes(content);
    return out.toByteArray();
  }

  private ContentSigner signer(PrivateKey key)
      throws org.bouncycastle.operator.OperatorCreationException {
    return new JcaContentSignerBuilder(ec ? "SHA256withECDSA" : "SHA256withRSAandMGF1")
        .setProvider(BC)
        .build(key);
  }

  private static KeyPair keys(boolean ec) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance(ec ? "EC" : "RSA", BC);
    if (ec) {
      generator.initialize(new ECGenParameterSpec("brainpoolP256r1"));
    } else {
      generator.initialize(2048);
    }
    return generator.generateKeyPair();
  }

  private X509Certificate certificate(
      X500Principal subject,
      PublicKey key,
      X500Principal issuer,
      KeyPair issuerKeys,
      X509Certificate issuerCert,
      Instant notBefore,
      Instant notAfter,
      boolean ca)
      throws GeneralSecurityException,
          IOException,
          org.bouncycastle.operator.OperatorCreationException {
    var utils = new JcaX509ExtensionUtils();
    var builder =
        new JcaX509v3CertificateBuilder(
            issuer,
            BigInteger.valueOf(++serial),
            Date.from(notBefore),
            Date.from(notAfter),
            subject,
            key);
    builder.addExtension(
        Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key));
    builder.addExtension(
        Extension.authorityKeyIdentifier,
        false,
        issuerCert == null
            ? utils.createAuthorityKeyIdentifier(key)
            : utils.createAuthorityKeyIdentifier(issuerCert));
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
    builder.addExtension(
        Extension.keyUsage,
        true,
        new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
    ContentSigner signer =
        new JcaContentSignerBuilder(ec ? "SHA256withECDSA" : "SHA256withRSA")
            .setProvider(BC)
            .build(issuerKeys.getPrivate());
    return new JcaX509CertificateConverter().setProvider(BC).getCertificate(builder.build(signer));
  }
}
