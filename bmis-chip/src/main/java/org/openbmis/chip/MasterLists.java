package org.openbmis.chip;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.icao.CscaMasterList;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Verifies CMS-signed CSCA master lists. A list is accepted only when its CMS signature verifies
 * with its signer's key, and that signer was issued by a CSCA already in the trust store and was
 * valid when it signed.
 */
public final class MasterLists {
  private static final ASN1ObjectIdentifier CSCA_MASTER_LIST =
      new ASN1ObjectIdentifier("2.23.136.1.1.2");
  private static final JcaX509CertificateConverter CONVERTER =
      new JcaX509CertificateConverter().setProvider(Certificates.BC);

  private final TrustStore trustStore;
  private final Clock clock;

  public MasterLists(TrustStore trustStore, Clock clock) {
    this.trustStore = trustStore;
    this.clock = clock;
  }

  /**
   * Verifies a master list; the caller decides whether to add its certificates to the store.
   *
   * @throws InvalidCertificateException when the bytes are not a CMS CSCA master list
   * @throws UntrustedMasterListException when the signature is bad or the signer does not chain
   */
  public MasterList verify(byte[] bytes)
      throws InvalidCertificateException, UntrustedMasterListException {
    CMSSignedData data;
    CscaMasterList list;
    try {
      data = new CMSSignedData(ContentInfo.getInstance(ASN1Primitive.fromByteArray(bytes)));
      if (!CSCA_MASTER_LIST.equals(data.getSignedContent().getContentType())) {
        throw new InvalidCertificateException("CMS content is not a CSCA master list");
      }
      list = CscaMasterList.getInstance(data.getSignedContent().getContent());
    } catch (CMSException | IOException | RuntimeException e) {
      throw new InvalidCertificateException("not a CMS CSCA master list", e);
    }
    Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
    if (signers.size() != 1) {
      throw new UntrustedMasterListException("expected one signer, found " + signers.size());
    }
    SignerInformation signer = signers.iterator().next();
    X509Certificate signerCert = signerCertificate(data, signer);
    Instant signedAt = signingTime(signer);
    verifySignature(signer, signerCert);
    verifyChain(signerCert, signedAt == null ? clock.instant() : signedAt);
    List<X509Certificate> certificates = new ArrayList<>();
    for (Certificate certificate : list.getCertStructs()) {
      try {
        certificates.add(CONVERTER.getCertificate(new X509CertificateHolder(certificate)));
      } catch (CertificateException e) {
        throw new InvalidCertificateException("master list holds an unreadable certificate", e);
      }
    }
    return new MasterList(certificates, signerCert.getSubjectX500Principal().getName(), signedAt);
  }

  private static X509Certificate signerCertificate(CMSSignedData data, SignerInformation signer)
      throws UntrustedMasterListException {
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> matches = data.getCertificates().getMatches(signer.getSID());
    if (matches.isEmpty()) {
      throw new UntrustedMasterListException("the master list carries no signer certificate");
    }
    try {
      return CONVERTER.getCertificate(matches.iterator().next());
    } catch (CertificateException e) {
      throw new UntrustedMasterListException("unreadable master list signer certificate");
    }
  }

  private static void verifySignature(SignerInformation signer, X509Certificate certificate)
      throws UntrustedMasterListException {
    boolean valid;
    try {
      valid =
          signer.verify(
              new JcaSimpleSignerInfoVerifierBuilder()
                  .setProvider(Certificates.BC)
                  .build(certificate.getPublicKey()));
    } catch (CMSException | OperatorCreationException | RuntimeException e) {
      valid = false;
    }
    if (!valid) {
      throw new UntrustedMasterListException("the master list's signature does not verify");
    }
  }

  private void verifyChain(X509Certificate signer, Instant at) throws UntrustedMasterListException {
    Date when = Date.from(at);
    for (X509Certificate csca : trustStore.candidateIssuers(signer)) {
      if (Certificates.signedBy(signer, csca)
          && !when.before(signer.getNotBefore())
          && !when.after(signer.getNotAfter())
          && !when.before(csca.getNotBefore())
          && !when.after(csca.getNotAfter())) {
        return;
      }
    }
    throw new UntrustedMasterListException(
        "the master list signer does not chain to a trusted CSCA valid at signing");
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
}
