package org.openbmis.app.sync.web;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.sync.DeskFreshness;
import org.openbmis.app.sync.SyncMessages;
import org.openbmis.app.sync.SyncStatusService;

/**
 * The status strip every page of a post shows (ADR 0023): link up or down, the last contact, how
 * old each dataset is, and whether the data is stale or the desks blocked. Read lazily, once per
 * page, so that REST calls (which the layout's advice also matches) cost nothing.
 */
public final class SyncStrip {

  /**
   * A duration as people read it: a value and its unit ({@code s}, {@code min}, {@code h}, {@code
   * d}).
   */
  public record Age(long value, String unit) {
    static Age of(long seconds) {
      if (seconds < 120) {
        return new Age(seconds, "s");
      }
      if (seconds < 2 * 3600) {
        return new Age(seconds / 60, "min");
      }
      if (seconds < 2 * 86400) {
        return new Age(seconds / 3600, "h");
      }
      return new Age(seconds / 86400, "d");
    }
  }

  /** A dataset and its age. */
  public record DatasetAge(String name, long version, Age age) {}

  private final SyncStatusService status;
  private final DeskFreshness freshness;
  private DeskFreshness.@Nullable State state;
  private SyncMessages.@Nullable PostStatus post;

  SyncStrip(SyncStatusService status, DeskFreshness freshness) {
    this.status = status;
    this.freshness = freshness;
  }

  private DeskFreshness.State state() {
    if (state == null) {
      state = freshness.state();
    }
    return state;
  }

  private SyncMessages.PostStatus post() {
    if (post == null) {
      post = status.postStatus();
    }
    return post;
  }

  public boolean isLinkUp() {
    return state().linkUp();
  }

  public @Nullable Instant getLastContactAt() {
    return state().lastContactAt();
  }

  /** FRESH, WARN or BLOCK. */
  public String getLevel() {
    return state().level().name();
  }

  /** Decisions are refused until a supervisor acknowledges. */
  public boolean isBlocked() {
    return !state().mayRecord();
  }

  public Age getAge() {
    return Age.of(state().ageSeconds());
  }

  public List<DatasetAge> getDatasets() {
    return post().datasets().stream()
        .map(d -> new DatasetAge(d.name(), d.version(), Age.of(d.ageSeconds())))
        .toList();
  }
}
