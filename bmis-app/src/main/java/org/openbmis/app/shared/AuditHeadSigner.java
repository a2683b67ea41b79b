package org.openbmis.app.shared;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs the audit chain's head with the node's key (ADR 0010) and keeps the signed heads twice: in
 * a table and as files under the audit folder, where a database administrator cannot reach them.
 * Verification checks each one against the chain, so rewriting history shows even when every hash
 * was recomputed.
 */
@Service
@EnableConfigurationProperties(AuditProperties.class)
public class AuditHeadSigner {

  /** A signed head: the chain's last sequence number and hash at a time, and the signature. */
  public record SignedHead(
      long sequence,
      String hash,
      Instant signedAt,
      String algorithm,
      String publicKey,
      String signature) {

    /** The signed text. */
    byte[] message() {
      return ("openbmis-audit-head-v1\n" + sequence + "\n" + hash + "\n" + signedAt)
          .getBytes(StandardCharsets.UTF_8);
    }
  }

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final AuditChainWriter writer;
  private final AuditProperties properties;
  private final Clock clock;
  private volatile NodeSigningKey key;

  AuditHeadSigner(
      JdbcClient jdbc,
      AuditLog audit,
      AuditChainWriter writer,
      AuditProperties properties,
      Clock clock) {
    this.jdbc = jdbc;
    this.writer = writer;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
  }

  /** Signs the current head (after chaining what is pending) and stores it (table and file). */
  @Transactional
  public SignedHead signHead() {
    writer.chainPending();
    List<Object[]> head =
        jdbc.sql("select seq, hash from shr_audit_chain_head where id = 1")
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .list();
    long seq = head.isEmpty() ? 0 : (Long) head.get(0)[0];
    String hash = head.isEmpty() ? AuditChain.GENESIS : (String) head.get(0)[1];
    SignedHead unsigned =
        new SignedHead(
            seq,
            hash,
            clock.instant().truncatedTo(ChronoUnit.MILLIS),
            NodeSigningKey.ALGORITHM,
            key().publicKey(),
            "");
    SignedHead signed =
        new SignedHead(
            seq,
            hash,
            unsigned.signedAt(),
            unsigned.algorithm(),
            unsigned.publicKey(),
            key().sign(unsigned.message()));
    jdbc.sql(
            "insert into shr_audit_signed_head (seq, hash, signed_at, algorithm, public_key,"
                + " signature) values (?, ?, ?, ?, ?, ?)")
        .params(
            signed.sequence(),
            signed.hash(),
            OffsetDateTime.ofInstant(signed.signedAt(), ZoneOffset.UTC),
            signed.algorithm(),
            signed.publicKey(),
            signed.signature())
        .update();
    writeFile(signed);
    audit.record(
        "audit.head_signed",
        "audit",
        signed.sequence(),
        AuditLog.Outcome.SUCCESS,
        "hash=" + signed.hash());
    return signed;
  }

  /** The signed heads of the table and of the files, each once. */
  @Transactional(readOnly = true)
  public List<SignedHead> signedHeads() {
    LinkedHashSet<SignedHead> all = new LinkedHashSet<>();
    all.addAll(
        jdbc.sql(
                "select seq, hash, signed_at, algorithm, public_key, signature"
                    + " from shr_audit_signed_head order by seq, signed_at")
            .query(
                (rs, n) ->
                    new SignedHead(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
            .list());
    all.addAll(files());
    return new ArrayList<>(all);
  }

  /** Whether the head was signed by this node's key and the signature holds. */
  public boolean valid(SignedHead head) {
    return head.publicKey().equals(key().publicKey())
        && key().verifies(head.message(), head.signature());
  }

  /** Whether the head claims to be signed by this node's key (another node's cannot be checked). */
  public boolean ofThisNode(SignedHead head) {
    return head.publicKey().equals(key().publicKey());
  }

  /** The node's public key (PEM), to check the signed heads elsewhere. */
  public String publicKeyPem() {
    return key().publicKeyPem();
  }

  private NodeSigningKey key() {
    NodeSigningKey k = key;
    if (k == null) {
      k = NodeSigningKey.in(properties.folder());
      key = k;
    }
    return k;
  }

  private Path heads() {
    return properties.folder().resolve("heads");
  }

  private void writeFile(SignedHead h) {
    Properties p = new Properties();
    p.setProperty("sequence", Long.toString(h.sequence()));
    p.setProperty("hash", h.hash());
    p.setProperty("signedAt", h.signedAt().toString());
    p.setProperty("algorithm", h.algorithm());
    p.setProperty("publicKey", h.publicKey());
    p.setProperty("signature", h.signature());
    Path file =
        heads().resolve("head-" + h.sequence() + "-" + h.signedAt().toEpochMilli() + ".txt");
    try {
      Files.createDirectories(heads());
      try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        p.store(out, "OpenBMIS signed audit head (ADR 0010)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the signed audit head " + file, e);
    }
  }

  private List<SignedHead> files() {
    if (!Files.isDirectory(heads())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(heads())) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".txt"))
          .map(this::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the signed audit heads in " + heads(), e);
    }
  }

  private SignedHead read(Path file) {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
      return new SignedHead(
          Long.parseLong(p.getProperty("sequence", "-1")),
          p.getProperty("hash", ""),
          Instant.parse(p.getProperty("signedAt", "1970-01-01T00:00:00Z")),
          p.getProperty("algorithm", ""),
          p.getProperty("publicKey", ""),
          p.getProperty("signature", ""));
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("unreadable signed audit head " + file, e);
    }
  }
}
