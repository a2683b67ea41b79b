package org.openbmis.chip;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.Provider;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** Parsing of certificates and CRLs (DER or PEM) and the identifiers the trust store indexes. */
public final class Certificates {
  /** One BouncyCastle provider, used explicitly: nothing is registered in the JVM. */
  static final Provider BC = new BouncyCastleProvider();

  private static final HexFormat HEX = HexFormat.of();

  private Certificates() {}

  /**
   * Reads one X.509 certificate in DER or PEM.
   *
   * @throws InvalidCertificateException when the bytes are not a single certificate
   */
  public static X509Certificate certificate(byte[] bytes) throws InvalidCertificateException {
    try {
      byte[] der = pemToDer(bytes, "CERTIFICATE");
      var certificate =
          (X509Certificate)
              CertificateFactory.getInstance("X.509", BC)
                  .generateCertificate(new ByteArrayInputStream(der));
      if (certificate == null || certificate.getEncoded().length != der.length) {
        throw new InvalidCertificateException("not a single DER certificate");
      }
      return certificate;
    } catch (CertificateException | RuntimeException e) {
      throw new InvalidCertificateException("not an X.509 certificate", e);
    }
  }

  /**
   * Reads one X.509 CRL in DER or PEM.
   *
   * @throws InvalidCertificateException when the bytes are not a CRL
   */
  public static X509CRL crl(byte[] bytes) throws InvalidCertificateException {
    try {
      byte[] der = pemToDer(bytes, "X509 CRL");
      var crl =
          (X509CRL)
              CertificateFactory.getInstance("X.509", BC)
                  .generateCRL(new ByteArrayInputStream(der));
      if (crl == null) {
        throw new InvalidCertificateException("not a CRL");
      }
      return crl;
    } catch (CertificateException | CRLException | RuntimeException e) {
      throw new InvalidCertificateException("not an X.509 CRL", e);
    }
  }

  /** The subject's country (C) in upper case, or "" when the name has none. */
  public static String country(X500Principal name) {
    RDN[] rdns = X500Name.getInstance(name.getEncoded()).getRDNs(BCStyle.C);
    if (rdns.length == 0) {
      return "";
    }
    return IETFUtils.valueToString(rdns[0].getFirst().getValue()).toUpperCase(Locale.ROOT);
  }

  /** The subject key identifier in hex, or null when the certificate has none. */
  public static String subjectKeyId(X509Certificate certificate) {
    byte[] ext = certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId());
    if (ext == null) {
      return null;
    }
    byte[] inner = ASN1OctetString.getInstance(ext).getOctets();
    return HEX.formatHex(SubjectKeyIdentifier.getInstance(inner).getKeyIdentifier());
  }

  /** The authority key identifier's key id in hex, or null when absent. */
  public static String authorityKeyId(X509Certificate certificate) {
    return authorityKeyId(certificate.getExtensionValue(Extension.authorityKeyIdentifier.getId()));
  }

  /** The authority key identifier of a CRL in hex, or null when absent. */
  public static String authorityKeyId(X509CRL crl) {
    return authorityKeyId(crl.getExtensionValue(Extension.authorityKeyIdentifier.getId()));
  }

  private static String authorityKeyId(byte[] ext) {
    if (ext == null) {
      return null;
    }
    byte[] id =
        AuthorityKeyIdentifier.getInstance(ASN1OctetString.getInstance(ext).getOctets())
            .getKeyIdentifier();
    return id == null ? null : HEX.formatHex(id);
  }

  /** Whether {@code issuer}'s key verifies {@code certificate}'s signature. */
  public static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
    try {
      certificate.verify(issuer.getPublicKey(), BC);
      return true;
    } catch (java.security.GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  /** The certificate's notBefore as an Instant. */
  public static java.time.Instant notBefore(X509Certificate certificate) {
    return certificate.getNotBefore().toInstant();
  }

  /** The certificate's notAfter as an Instant. */
  public static java.time.Instant notAfter(X509Certificate certificate) {
    return certificate.getNotAfter().toInstant();
  }

  /** The CRL's thisUpdate as an Instant. */
  public static java.time.Instant thisUpdate(X509CRL crl) {
    return crl.getThisUpdate().toInstant();
  }

  /** The CRL's nextUpdate as an Instant, or null when it has none. */
  public static java.time.Instant nextUpdate(X509CRL crl) {
    return crl.getNextUpdate() == null ? null : crl.getNextUpdate().toInstant();
  }

  /** The number of entries of the CRL. */
  public static int revokedCount(X509CRL crl) {
    return crl.getRevokedCertificates() == null ? 0 : crl.getRevokedCertificates().size();
  }

  private static byte[] pemToDer(byte[] bytes, String label) {
    String begin = "-----BEGIN " + label + "-----";
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int start = text.indexOf(begin);
    if (start < 0) {
      return bytes;
    }
    int end = text.indexOf("-----END " + label + "-----", start);
    if (end < 0) {
      throw new IllegalArgumentException("PEM block not terminated");
    }
    return Base64.getMimeDecoder().decode(text.substring(start + begin.length(), end));
  }
}
