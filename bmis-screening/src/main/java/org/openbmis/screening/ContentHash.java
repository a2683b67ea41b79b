package org.openbmis.screening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/** Canonical text of a record (sorted collections, unit separators) hashed with SHA-256. */
final class ContentHash {
  private ContentHash() {}

  static String of(PersonAlert a) {
    StringBuilder b = new StringBuilder(256);
    field(b, a.listCode());
    field(b, a.sourceId());
    field(b, sorted(a.names().stream().map(n -> n.kind() + ":" + n.value()).toList()));
    field(b, sorted(a.datesOfBirth().stream().map(DateOfBirth::toString).toList()));
    field(b, sorted(List.copyOf(a.nationalities())));
    field(b, a.sex());
    field(b, sorted(a.documents().stream().map(ContentHash::doc).toList()));
    field(b, a.reason());
    field(b, a.issuingAgency());
    field(b, a.action());
    field(b, a.validFrom());
    field(b, a.validUntil());
    field(b, a.confidentiality());
    return sha256(b.toString());
  }

  static String of(DocumentAlert d) {
    StringBuilder b = new StringBuilder(128);
    field(b, d.listCode());
    field(b, d.sourceId());
    field(b, d.number());
    field(b, d.issuingState());
    field(b, d.documentType());
    field(b, d.reason());
    field(b, d.reportedOn());
    field(b, d.source());
    return sha256(b.toString());
  }

  private static String doc(IdentityDocument d) {
    return d.number() + "/" + d.issuingState() + "/" + d.type();
  }

  private static String sorted(List<String> values) {
    return values.stream().sorted().collect(Collectors.joining("\u001e"));
  }

  private static void field(StringBuilder b, Object value) {
    b.append(value == null ? "" : value.toString()).append('\u001f');
  }

  private static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
