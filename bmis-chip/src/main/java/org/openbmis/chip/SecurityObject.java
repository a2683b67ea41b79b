package org.openbmis.chip;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.ICAOObjectIdentifiers;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * A parsed EF.SOD (Doc 9303 part 10 section 4.6.2): the CMS SignedData over an LDS security object,
 * with its one signer, its data-group hashes and, usually, the document signer certificate.
 */
final class SecurityObject {
  private static final int SOD_TAG = 0x77;

  private final SignerInformation signer;
  private final X509Certificate signerCertificate;
  private final Instant signingTime;
  private final String digestOid;
  private final Map<Integer, byte[]> hashes;

  private SecurityObject(
      SignerInformation signer,
      X509Certificate signerCertificate,
      Instant signingTime,
      String digestOid,
      Map<Integer, byte[]> hashes) {
    this.signer = signer;
    this.signerCertificate = signerCertificate;
    this.signingTime = signingTime;
    this.digestOid = digestOid;
    this.hashes = hashes;
  }

  /**
   * Parses EF.SOD exactly: tag 0x77, one ContentInfo, no trailing bytes.
   *
   * @throws NotASecurityObjectException when the bytes are anything else
   */
  static SecurityObject parse(byte[] bytes) throws NotASecurityObjectException {
    byte[] content = unwrap(bytes);
    try {
      var signedData =
          new CMSSignedData(ContentInfo.getInstance(ASN1Primitive.fromByteArray(content)));
      ASN1ObjectIdentifier type = signedData.getSignedContent().getContentType();
      if (!ICAOObjectIdentifiers.id_icao_ldsSecurityObject.equals(type)) {
        throw new NotASecurityObjectException(
            "content type " + type + " is not an LDS security object");
      }
      var lds = LDSSecurityObject.getInstance((byte[]) signedData.getSignedContent().getContent());
      String digestOid = lds.getDigestAlgorithmIdentifier().getAlgorithm().getId();
      MessageDigest.getInstance(digestOid, Certificates.BC);
      Map<Integer, byte[]> hashes = new TreeMap<>();
      for (DataGroupHash hash : lds.getDatagroupHash()) {
        hashes.put(hash.getDataGroupNumber(), hash.getDataGroupHashValue().getOctets());
      }
      Collection<SignerInformation> signers = signedData.getSignerInfos().getSigners();
      if (signers.size() != 1) {
        throw new NotASecurityObjectException("expected one signer, found " + signers.size());
      }
      SignerInformation signer = signers.iterator().next();
      return new SecurityObject(
          signer, signerCertificate(signedData, signer), signingTime(signer), digestOid, hashes);
    } catch (CMSException
        | IOException
        | NoSuchAlgorithmException
        | CertificateException
        | RuntimeException e) {
      throw new NotASecurityObjectException("not an LDS security object: " + e.getMessage(), e);
    }
  }

  private static byte[] unwrap(byte[] bytes) throws NotASecurityObjectException {
    if (bytes.length < 4 || (bytes[0] & 0xff) != SOD_TAG) {
      throw new NotASecurityObjectException("EF.SOD must start with tag 0x77");
    }
    int first = bytes[1] & 0xff;
    int offset = 2;
    long length;
    if (first < 0x80) {
      length = first;
    } else {
      int count = first & 0x7f;
      if (count == 0 || count > 3 || bytes.length < 2 + count) {
        throw new NotASecurityObjectException("EF.SOD has a malformed length");
      }
      length = 0;
      for (int i = 0; i < count; i++) {
        length = (length << 8) | (bytes[offset++] & 0xff);
      }
    }
    if (offset + length != bytes.length) {
      throw new NotASecurityObjectException(
          "EF.SOD declares "
              + length
              + " content bytes but "
              + (bytes.length - offset)
              + " follow");
    }
    return java.util.Arrays.copyOfRange(bytes, offset, bytes.length);
  }

  private static X509Certificate signerCertificate(CMSSignedData data, SignerInformation signer)
      throws CertificateException {
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> matches = data.getCertificates().getMatches(signer.getSID());
    if (matches.isEmpty()) {
      return null;
    }
    return new JcaX509CertificateConverter()
        .setProvider(Certificates.BC)
        .getCertificate(matches.iterator().next());
  }

  private static Instant signingTime(SignerInformation signer) {
    if (signer.getSignedAttributes() == null) {
      return null;
    }
    Attribute attribute = signer.getSignedAttributes().get(CMSAttributes.signingTime);
    if (attribute == null || attribute.getAttrValues().size() == 0) {
      return null;
    }
    return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
  }

  /** Whether the signature verifies with the document signer's public key. */
  boolean signatureValid() {
    if (signerCertificate == null) {
      return false;
    }
    try {
      return signer.verify(
          new JcaSimpleSignerInfoVerifierBuilder()
              .setProvider(Certificates.BC)
              .build(signerCertificate.getPublicKey()));
    } catch (CMSException | OperatorCreationException | RuntimeException e) {
      return false;
    }
  }

  /** Whether {@code file} hashes to the value the SOD lists for data group {@code number}. */
  boolean hashMatches(int number, byte[] file) {
    byte[] expected = hashes.get(number);
    if (expected == null) {
      return false;
    }
    try {
      byte[] actual = MessageDigest.getInstance(digestOid, Certificates.BC).digest(file);
      return MessageDigest.isEqual(expected, actual);
    } catch (NoSuchAlgorithmException e) {
      return false;
    }
  }

  boolean lists(int number) {
    return hashes.containsKey(number);
  }

  X509Certificate signerCertificate() {
    return signerCertificate;
  }

  Instant signingTime() {
    return signingTime;
  }
}
