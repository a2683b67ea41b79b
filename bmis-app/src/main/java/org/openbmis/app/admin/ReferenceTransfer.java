package org.openbmis.app.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands a post's reference data from headquarters to the post (sync, ADR 0017): read at central,
 * written at the post under the same ids. Not an administrator's action: the sync module calls it
 * for an enrolled post only.
 */
@Service
public class ReferenceTransfer {

  private final PostRepository posts;
  private final PostService service;
  private final JdbcClient jdbc;
  private final Clock clock;

  ReferenceTransfer(PostRepository posts, PostService service, JdbcClient jdbc, Clock clock) {
    this.posts = posts;
    this.service = service;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The post's desks as central holds them (the desks dataset, ADR 0017). */
  @Transactional(readOnly = true)
  public List<DeskSummary> desks(UUID postId) {
    return posts.desks(postId);
  }

  /**
   * At a post: adds the desks it lacks and takes the flow and lane of the others (the desk cache is
   * forgotten after the commit). Returns the desks written.
   */
  @Transactional
  public int importDesks(UUID postId, List<DeskSummary> desks) {
    Instant now = clock.instant();
    int n = 0;
    for (DeskSummary d : desks) {
      if (!postId.equals(d.postId())) {
        continue;
      }
      var here = posts.desk(d.id());
      if (here.isEmpty()) {
        posts.insertDesk(d, now);
        n++;
      } else if (here.get().flow() != d.flow() || here.get().lane() != d.lane()) {
        posts.updateDesk(postId, d.id(), d.flow(), d.lane());
        service.forgetAfterCommit(d.id());
        n++;
      }
    }
    return n;
  }

  /** The post, its desks and its accounts, as central holds them. */
  @Transactional(readOnly = true)
  public PostReference export(UUID postId) {
    BorderPostSummary post =
        posts
            .findById(postId)
            .orElseThrow(
                () ->
                    new org.openbmis.app.shared.NotFoundProblem(
                        "admin.post_not_found", "No such border post."));
    List<PostReference.Account> users =
        jdbc.sql("select * from adm_user where post_id = ? order by username")
            .param(postId)
            .query(UserTransfer::account)
            .list();
    return new PostReference(post, posts.desks(postId), users);
  }

  /**
   * Writes what central handed over, under central's ids: the post and desks when absent, the
   * accounts when their username is free at this node (a local account of the same name stays).
   */
  @Transactional
  public void importAtPost(PostReference ref) {
    Instant now = clock.instant();
    if (posts.findById(ref.post().id()).isEmpty()) {
      posts.insert(ref.post(), now);
    }
    for (DeskSummary desk : ref.desks()) {
      if (posts.desk(desk.id()).isEmpty()) {
        posts.insertDesk(desk, now);
      }
    }
    for (PostReference.Account u : ref.users()) {
      Integer taken =
          jdbc.sql("select count(*) from adm_user where id = ? or username = ?")
              .params(u.id(), u.username())
              .query(Integer.class)
              .single();
      if (taken == 0) {
        jdbc.sql(
                """
                insert into adm_user (id, username, full_name, password_hash, roles, post_id, desk_id,
                  enabled, must_change_password, created_at, password_changed_at, credential_version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(
                u.id(),
                u.username(),
                u.fullName(),
                u.passwordHash(),
                u.roles(),
                u.postId(),
                u.deskId(),
                u.enabled(),
                u.mustChangePassword(),
                utc(u.createdAt()),
                u.passwordChangedAt() == null ? null : utc(u.passwordChangedAt()),
                u.credentialVersion())
            .update();
      }
    }
  }

  private static OffsetDateTime utc(Instant t) {
    return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
  }
}
