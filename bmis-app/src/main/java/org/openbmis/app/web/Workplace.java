package org.openbmis.app.web;

import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.BorderPostSummary;
import org.openbmis.app.admin.DeskSummary;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.shared.Actor;

/** The post and desk of the signed-in user for the header, read on first use. */
public final class Workplace {

  private final PostService posts;
  private final @Nullable Actor actor;
  private @Nullable BorderPostSummary post;
  private boolean loaded;

  Workplace(PostService posts, @Nullable Actor actor) {
    this.posts = posts;
    this.actor = actor;
  }

  /** True when the user works at a post. */
  public boolean isPresent() {
    return actor != null && actor.postId() != null;
  }

  public @Nullable String getPostCode() {
    return post() == null ? null : post().code();
  }

  public @Nullable String getPostName() {
    return post() == null ? null : post().name();
  }

  public @Nullable String getDeskCode() {
    if (actor == null || actor.deskId() == null) {
      return null;
    }
    return posts.desk(actor.deskId()).map(DeskSummary::code).orElse(null);
  }

  private @Nullable BorderPostSummary post() {
    if (!loaded && isPresent()) {
      post = posts.post(actor.postId());
    }
    loaded = true;
    return post;
  }
}
