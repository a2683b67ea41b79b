package org.openbmis.app.admin;

import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A post's own record carried from headquarters after enrolment (ADR 0024): name, type,
 * neighbouring country, time zone, location code, whether it is active, and the roles that may
 * override a refusal. Central is the one writer; the post takes them as they are and forgets its
 * cached copy after the commit. Not an administrator's action: the sync module calls it.
 */
@Service
public class PostSettingsTransfer {

  /** The post's record and its override roles (names of {@link Role}). */
  public record PostSettings(BorderPostSummary post, String overrideRoles) {}

  private final JdbcClient jdbc;
  private final PostRepository posts;
  private final PostService service;

  PostSettingsTransfer(JdbcClient jdbc, PostRepository posts, PostService service) {
    this.jdbc = jdbc;
    this.posts = posts;
    this.service = service;
  }

  /** Central: the post's record as it holds it now. */
  @Transactional(readOnly = true)
  public PostSettings settings(UUID postId) {
    BorderPostSummary post = posts.findById(postId).orElseThrow();
    return new PostSettings(post, roles(postId));
  }

  /** At a post: takes central's record of it; returns 1 when something changed, else 0. */
  @Transactional
  public int importAtPost(UUID postId, PostSettings s) {
    BorderPostSummary p = s.post();
    if (!p.id().equals(postId)) {
      throw new IllegalArgumentException("Settings of another post");
    }
    var here = posts.findById(postId);
    if (here.isPresent()
        && here.get().equals(p)
        && Objects.equals(roles(postId), s.overrideRoles())) {
      return 0;
    }
    jdbc.sql(
            "update adm_border_post set code = ?, name = ?, post_type = ?, neighbour_country = ?,"
                + " time_zone = ?, active = ?, location_code = ?, override_roles = ? where id = ?")
        .params(
            p.code(),
            p.name(),
            p.type().name(),
            p.neighbourCountry(),
            p.timeZone().getId(),
            p.active(),
            p.locationCode(),
            s.overrideRoles(),
            postId)
        .update();
    service.forgetPosts();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              service.forgetPosts();
            }
          });
    }
    return 1;
  }

  private String roles(UUID postId) {
    return jdbc.sql("select override_roles from adm_border_post where id = ?")
        .param(postId)
        .query(String.class)
        .optional()
        .orElse("");
  }
}
