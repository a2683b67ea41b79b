package org.openbmis.app.sync;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.sync.SyncMessages.Batch;
import org.openbmis.app.sync.SyncMessages.BatchAck;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Central's door for batches: checks the signature, decompresses, reads and applies. */
@Service
@ConditionalOnProperty(name = "bmis.node.role", havingValue = "central")
public class BatchReceiver {

  /** Largest batch once decompressed. */
  static final int MAX_BYTES = 64 * 1024 * 1024;

  private final CentralPosts posts;
  private final BatchApplier applier;
  private final JsonMapper json;

  BatchReceiver(CentralPosts posts, BatchApplier applier, JsonMapper json) {
    this.posts = posts;
    this.applier = applier;
    this.json = json;
  }

  /** Applies a post's batch (body as sent, gzip or not) and answers its acknowledgement. */
  public BatchAck receive(
      @Nullable String authorization, @Nullable String contentEncoding, byte[] body) {
    UUID postId = posts.authenticate(authorization, body);
    byte[] plain = "gzip".equalsIgnoreCase(contentEncoding) ? gunzip(body) : body;
    Batch batch;
    try {
      batch = json.readValue(plain, Batch.class);
    } catch (JacksonException e) {
      throw new InvalidInputProblem("sync.batch_invalid", "The batch is not readable JSON.");
    }
    if (batch.items() == null) {
      throw new InvalidInputProblem("sync.batch_invalid", "The batch has no items.");
    }
    return applier.apply(postId, batch);
  }

  private static byte[] gunzip(byte[] body) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      byte[] plain = in.readNBytes(MAX_BYTES + 1);
      if (plain.length > MAX_BYTES) {
        throw new InvalidInputProblem("sync.batch_too_large", "The batch is too large.");
      }
      return plain;
    } catch (IOException e) {
      throw new InvalidInputProblem("sync.batch_invalid", "The batch is not valid gzip.");
    }
  }
}
