package org.openbmis.app.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.sync.SyncMessages.CentralStatus;
import org.openbmis.app.sync.SyncMessages.Dataset;
import org.openbmis.app.sync.SyncMessages.PostStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** The network as this node sees it ({@code GET /api/v1/sync/status}). */
@Service
public class SyncStatusService {

  private final NodeRole role;
  private final ObjectProvider<PostNode> node;
  private final ObjectProvider<Outbox> outbox;
  private final ObjectProvider<Uploader> uploader;
  private final ObjectProvider<CentralPosts> central;
  private final DatasetVersions versions;
  private final Clock clock;

  SyncStatusService(
      NodeRole role,
      ObjectProvider<PostNode> node,
      ObjectProvider<Outbox> outbox,
      ObjectProvider<Uploader> uploader,
      ObjectProvider<CentralPosts> central,
      DatasetVersions versions,
      Clock clock) {
    this.role = role;
    this.node = node;
    this.outbox = outbox;
    this.uploader = uploader;
    this.central = central;
    this.versions = versions;
    this.clock = clock;
  }

  public NodeRole role() {
    return role;
  }

  /** At a post: link, outbox, datasets. */
  public PostStatus postStatus() {
    PostNode n = node.getObject();
    Outbox o = outbox.getObject();
    PostNode.Enrolment e = n.enrolment();
    // every dataset received from central: its version and how long since central confirmed it
    List<Dataset> datasets =
        versions.held().values().stream()
            .map(
                h ->
                    new Dataset(
                        h.name(),
                        h.version(),
                        Math.max(0, Duration.between(h.checkedAt(), clock.instant()).toSeconds())))
            .toList();
    return new PostStatus(
        role.label(),
        e == null ? null : e.postId(),
        uploader.getObject().linkUp(),
        n.lastContact(),
        new SyncMessages.Outbox(o.pending(), o.oldestPendingAt()),
        datasets);
  }

  /** At central: every enrolled post (administrators and supervisors). */
  public CentralStatus centralStatus() {
    CentralPosts c = central.getIfAvailable();
    if (c == null) {
      throw new NotFoundProblem("sync.not_networked", "This node is not part of a network.");
    }
    return new CentralStatus(role.label(), c.contacts());
  }
}
