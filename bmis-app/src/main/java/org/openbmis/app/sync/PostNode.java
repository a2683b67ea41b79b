package org.openbmis.app.sync;

import com.nimbusds.jose.jwk.ECKey;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.ReferenceTransfer;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.sync.SyncMessages.EnrolmentResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A post node's enrolment (ADR 0017). At the first start, before anything else runs (the demo
 * seeder included), it creates the post's key pair in its folder, enrols with the one-time code and
 * writes what central handed over (post, desks, accounts); it keeps trying while central is
 * unreachable (up to {@code bmis.sync.enrol-for}) and stops the start if central refuses the code.
 * Later starts load the key.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "bmis.node.role", havingValue = "post")
class PostNode implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(PostNode.class);

  /** This post's enrolment. */
  record Enrolment(UUID postId, String centralUrl, Instant enrolledAt) {}

  private final SyncProperties props;
  private final JdbcClient jdbc;
  private final ReferenceTransfer reference;
  private final TransactionTemplate tx;
  private final AuditLog audit;
  private final JsonMapper json;
  private final Clock clock;
  private volatile @Nullable Enrolment enrolment;
  private volatile @Nullable PostKey key;
  private volatile @Nullable CentralClient client;
  private volatile @Nullable ECKey centralKey;

  PostNode(
      SyncProperties props,
      JdbcClient jdbc,
      ReferenceTransfer reference,
      PlatformTransactionManager transactions,
      AuditLog audit,
      JsonMapper json,
      Clock clock) {
    this.props = props;
    this.jdbc = jdbc;
    this.reference = reference;
    this.tx = new TransactionTemplate(transactions);
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    Optional<Enrolment> stored = stored();
    if (stored.isPresent()) {
      Enrolment e = stored.get();
      key = PostKey.load(props.folder());
      String url = props.centralUrl() != null ? props.centralUrl() : e.centralUrl();
      client = new CentralClient(url, json, props, clock);
      centralKey = storedCentralKey();
      enrolment = e;
      log.info("Post {} enrolled with {}", e.postId(), url);
      return;
    }
    if (props.centralUrl() == null || props.enrolmentCode() == null) {
      throw new IllegalStateException(
          "A post must enrol first: start it with --bmis.sync.central-url=URL"
              + " --bmis.sync.enrolment-code=CODE (an administrator creates the code at central)");
    }
    enrol(props.centralUrl(), props.enrolmentCode());
  }

  private void enrol(String url, String code) throws IOException, InterruptedException {
    PostKey created = PostKey.create(props.folder());
    CentralClient c = new CentralClient(url, json, props, clock);
    Instant giveUp = clock.instant().plus(props.enrolFor());
    EnrolmentResponse response;
    while (true) {
      try {
        response = c.enrol(code, created.publicJwk());
        break;
      } catch (CentralClient.Refused e) {
        throw new IllegalStateException("Central refused the enrolment: " + e.getMessage(), e);
      } catch (IOException e) {
        if (clock.instant().isAfter(giveUp)) {
          throw new IllegalStateException("Central unreachable at " + url + ": " + e, e);
        }
        log.warn("Central unreachable at {} ({}); trying again", url, e.toString());
        Thread.sleep(Math.max(500, props.uploadEvery().toMillis()));
      }
    }
    EnrolmentResponse r = response;
    Instant now = clock.instant();
    tx.executeWithoutResult(
        s -> {
          reference.importAtPost(r.reference());
          jdbc.sql(
                  "insert into syn_node (id, post_id, central_url, key_id, enrolled_at,"
                      + " last_contact_at, central_key) values (1, ?, ?, ?, ?, ?, ?)")
              .params(r.postId(), url, created.keyId(), utc(now), utc(now), r.centralKey())
              .update();
          audit.record(
              "system",
              r.reference().post().code(),
              "sync.enrolled",
              "post",
              r.postId(),
              AuditLog.Outcome.SUCCESS,
              "central " + url + ", key " + created.keyId());
        });
    key = created;
    client = c;
    centralKey = parse(r.centralKey());
    enrolment = new Enrolment(r.postId(), url, now);
    log.info(
        "Enrolled as post {} ({} accounts received)",
        r.reference().post().code(),
        r.reference().users().size());
  }

  Optional<Enrolment> stored() {
    return jdbc.sql("select post_id, central_url, enrolled_at from syn_node where id = 1")
        .query(
            (rs, n) ->
                new Enrolment(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getObject(3, OffsetDateTime.class).toInstant()))
        .optional();
  }

  @Nullable Enrolment enrolment() {
    return enrolment;
  }

  /** Central's public key, learnt at enrolment (null: enrolled before central signed datasets). */
  @Nullable ECKey centralKey() {
    return centralKey;
  }

  private @Nullable ECKey storedCentralKey() {
    return jdbc.sql("select central_key from syn_node where id = 1")
        .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
        .optional()
        .flatMap(o -> o)
        .map(PostNode::parse)
        .orElse(null);
  }

  private static @Nullable ECKey parse(@Nullable String jwk) {
    if (jwk == null) {
      return null;
    }
    try {
      ECKey k = ECKey.parse(jwk);
      return k.isPrivate() ? null : k;
    } catch (java.text.ParseException e) {
      log.error("Central's key stored at enrolment is unreadable: re-enrol this post");
      return null;
    }
  }

  @Nullable PostKey key() {
    return key;
  }

  @Nullable CentralClient client() {
    return client;
  }

  void contacted(Instant at) {
    jdbc.sql("update syn_node set last_contact_at = ?, last_attempt_at = ? where id = 1")
        .params(utc(at), utc(at))
        .update();
  }

  @Nullable Instant lastContact() {
    return jdbc.sql("select last_contact_at from syn_node where id = 1")
        .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
        .optional()
        .map(OffsetDateTime::toInstant)
        .orElse(null);
  }

  private static OffsetDateTime utc(Instant t) {
    return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
  }
}
