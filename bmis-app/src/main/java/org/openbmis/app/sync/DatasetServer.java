package org.openbmis.app.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.sync.SyncMessages.DatasetRequest;
import org.openbmis.app.sync.SyncMessages.DatasetUpdates;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Central's door for a post's pull of reference data: checks the post's signature (a revoked or
 * unknown post gets nothing), builds what it lacks, compresses it and signs the exact bytes with
 * central's key, naming the call it answers.
 */
@Service
@ConditionalOnProperty(name = "bmis.node.role", havingValue = "central")
public class DatasetServer {

  /** The compressed answer and central's signature over it. */
  public record SignedReply(byte[] body, String signature) {}

  private final CentralPosts posts;
  private final CentralDatasets datasets;
  private final CentralKey key;
  private final JsonMapper json;
  private final Clock clock;
  private final AuditLog audit;
  private final PostDatasets reported;

  DatasetServer(
      CentralPosts posts,
      CentralDatasets datasets,
      CentralKey key,
      JsonMapper json,
      Clock clock,
      AuditLog audit,
      PostDatasets reported) {
    this.audit = audit;
    this.reported = reported;
    this.posts = posts;
    this.datasets = datasets;
    this.key = key;
    this.json = json;
    this.clock = clock;
  }

  public SignedReply answer(@Nullable String authorization, byte[] body) {
    CentralPosts.Caller caller = posts.caller(authorization, body);
    DatasetRequest request;
    try {
      request = json.readValue(body, DatasetRequest.class);
    } catch (JacksonException e) {
      throw new InvalidInputProblem("sync.pull_invalid", "The pull is not readable JSON.");
    }
    if (request.held() != null) {
      // what the post holds, for central's posts screen (ADR 0023)
      reported.reported(caller.postId(), request.held(), clock.instant());
    }
    DatasetUpdates updates = datasets.updates(caller.postId(), request);
    if (!updates.updates().isEmpty()) {
      // what each post was given (biometric alerts and visas among it), once per answer
      audit.record(
          "system",
          null,
          "sync.datasets_sent",
          "post",
          caller.postId(),
          AuditLog.Outcome.SUCCESS,
          updates.updates().stream()
              .map(u -> u.name() + (u.snapshot() ? " snapshot " : " delta ") + u.toVersion())
              .collect(java.util.stream.Collectors.joining(", ")));
    }
    byte[] gz;
    try {
      gz = CentralClient.gzip(json.writeValueAsBytes(updates));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SignedReply(
        gz, key.signReply(caller.postId(), caller.callId(), gz, clock.instant()));
  }
}
