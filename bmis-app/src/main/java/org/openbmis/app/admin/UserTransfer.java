package org.openbmis.app.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users dataset of the border network (ADR 0017): read at headquarters for one post (its
 * accounts, password hashes included, never passwords), written at the post under central's ids.
 * Headquarters is the one writer: an account changed at central replaces the post's copy; an
 * account moved to another post, or missing from a snapshot, is disabled at the post (never
 * deleted: movements and audit entries name it). Not an administrator's action: the sync module
 * calls it for an enrolled post only.
 */
@Service
public class UserTransfer {

  private static final Logger log = LoggerFactory.getLogger(UserTransfer.class);

  /** The accounts of a post, and the ids of accounts the post must no longer let in. */
  public record Accounts(List<PostReference.Account> accounts, List<UUID> withdrawn) {}

  private final JdbcClient jdbc;
  private final PrincipalCache principals;
  private final ApiTokenService tokens;

  UserTransfer(JdbcClient jdbc, PrincipalCache principals, ApiTokenService tokens) {
    this.jdbc = jdbc;
    this.principals = principals;
    this.tokens = tokens;
  }

  /** Every account assigned to the post (a snapshot). */
  @Transactional(readOnly = true)
  public Accounts snapshot(UUID postId) {
    return new Accounts(
        jdbc.sql("select * from adm_user where post_id = ? order by username")
            .param(postId)
            .query(UserTransfer::account)
            .list(),
        List.of());
  }

  /** These accounts as the post must hold them: its own in full, the others withdrawn. */
  @Transactional(readOnly = true)
  public Accounts changed(UUID postId, Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return new Accounts(List.of(), List.of());
    }
    List<PostReference.Account> found =
        jdbc.sql("select * from adm_user where id in (:ids) order by username")
            .param("ids", ids)
            .query(UserTransfer::account)
            .list();
    List<PostReference.Account> own = new ArrayList<>();
    Set<UUID> withdrawn = new HashSet<>(ids);
    for (PostReference.Account a : found) {
      if (postId.equals(a.postId())) {
        own.add(a);
        withdrawn.remove(a.id());
      }
    }
    return new Accounts(own, List.copyOf(withdrawn));
  }

  /**
   * At a post: writes central's accounts by id, disables the withdrawn ones and, for a snapshot,
   * every account of this post the snapshot does not name. A local account holding the same
   * username under another id is kept and central's skipped (logged). Returns the accounts written
   * or disabled.
   */
  @Transactional
  public int importAtPost(Accounts delta, UUID postId, boolean snapshot) {
    int n = 0;
    Set<UUID> named = new HashSet<>();
    for (PostReference.Account a : delta.accounts()) {
      named.add(a.id());
      n += upsert(a) ? 1 : 0;
    }
    List<UUID> disable = new ArrayList<>(delta.withdrawn());
    if (snapshot) {
      jdbc
          .sql("select id from adm_user where post_id = ? and enabled = true")
          .param(postId)
          .query(UUID.class)
          .list()
          .stream()
          .filter(id -> !named.contains(id))
          .forEach(disable::add);
    }
    for (UUID id : disable) {
      @Nullable String username = username(id);
      int changed =
          jdbc.sql(
                  "update adm_user set enabled = false, credential_version = credential_version + 1"
                      + " where id = ? and enabled = true")
              .param(id)
              .update();
      if (changed > 0 && username != null) {
        principals.evict(username);
        tokens.revokeAllOf(id, "account_disabled");
        n++;
      }
    }
    return n;
  }

  private boolean upsert(PostReference.Account a) {
    @Nullable UUID desk = a.deskId() != null && deskHere(a.deskId()) ? a.deskId() : null;
    @Nullable String before = username(a.id());
    if (before == null) {
      Integer taken =
          jdbc.sql("select count(*) from adm_user where username = ?")
              .param(a.username())
              .query(Integer.class)
              .single();
      if (taken > 0) {
        log.warn("Account {} from central skipped: a local account has its username", a.id());
        return false;
      }
      jdbc.sql(
              """
              insert into adm_user (id, username, full_name, password_hash, roles, post_id, desk_id,
                enabled, must_change_password, created_at, password_changed_at, credential_version)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(
              a.id(),
              a.username(),
              a.fullName(),
              a.passwordHash(),
              a.roles(),
              a.postId(),
              desk,
              a.enabled(),
              a.mustChangePassword(),
              utc(a.createdAt()),
              a.passwordChangedAt() == null ? null : utc(a.passwordChangedAt()),
              a.credentialVersion())
          .update();
      return true;
    }
    Integer version =
        jdbc.sql("select credential_version from adm_user where id = ?")
            .param(a.id())
            .query(Integer.class)
            .single();
    jdbc.sql(
            """
            update adm_user set full_name = ?, password_hash = ?, roles = ?, post_id = ?, desk_id = ?,
              enabled = ?, must_change_password = ?, password_changed_at = ?, credential_version = ?
            where id = ?""")
        .params(
            a.fullName(),
            a.passwordHash(),
            a.roles(),
            a.postId(),
            desk,
            a.enabled(),
            a.mustChangePassword(),
            a.passwordChangedAt() == null ? null : utc(a.passwordChangedAt()),
            a.credentialVersion(),
            a.id())
        .update();
    principals.evict(before);
    if (!a.enabled() || version != a.credentialVersion()) {
      tokens.revokeAllOf(a.id(), a.enabled() ? "account_changed" : "account_disabled");
    }
    return true;
  }

  private @Nullable String username(UUID id) {
    return jdbc.sql("select username from adm_user where id = ?")
        .param(id)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private boolean deskHere(UUID deskId) {
    return jdbc.sql("select count(*) from adm_desk where id = ?")
            .param(deskId)
            .query(Integer.class)
            .single()
        > 0;
  }

  static PostReference.Account account(ResultSet rs, int n) throws SQLException {
    OffsetDateTime changed = rs.getObject("password_changed_at", OffsetDateTime.class);
    return new PostReference.Account(
        rs.getObject("id", UUID.class),
        rs.getString("username"),
        rs.getString("full_name"),
        rs.getString("password_hash"),
        rs.getString("roles"),
        rs.getObject("post_id", UUID.class),
        rs.getObject("desk_id", UUID.class),
        rs.getBoolean("enabled"),
        rs.getBoolean("must_change_password"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        changed == null ? null : changed.toInstant(),
        rs.getInt("credential_version"));
  }

  private static OffsetDateTime utc(Instant t) {
    return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
  }
}
