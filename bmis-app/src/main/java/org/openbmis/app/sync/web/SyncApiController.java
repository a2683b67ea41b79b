package org.openbmis.app.sync.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.sync.BatchReceiver;
import org.openbmis.app.sync.CentralPosts;
import org.openbmis.app.sync.DatasetServer;
import org.openbmis.app.sync.NodeRole;
import org.openbmis.app.sync.SyncMessages;
import org.openbmis.app.sync.SyncPaths;
import org.openbmis.app.sync.SyncStatusService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The sync API: posts' calls at central, and the status at every networked node. */
@RestController
@Tag(name = "Sync")
class SyncApiController {

  private static final int MAX_BODY = 16 * 1024 * 1024;
  private static final int MAX_PULL = 1024 * 1024;

  private final SyncStatusService status;
  private final ObjectProvider<CentralPosts> central;
  private final ObjectProvider<BatchReceiver> receiver;
  private final ObjectProvider<DatasetServer> datasets;

  SyncApiController(
      SyncStatusService status,
      ObjectProvider<CentralPosts> central,
      ObjectProvider<BatchReceiver> receiver,
      ObjectProvider<DatasetServer> datasets) {
    this.status = status;
    this.central = central;
    this.receiver = receiver;
    this.datasets = datasets;
  }

  @GetMapping("/api/v1/sync/status")
  @Operation(
      summary = "The network as this node sees it (post: link, outbox, datasets; central: posts)")
  Object status() {
    return status.role() == NodeRole.POST ? status.postStatus() : status.centralStatus();
  }

  @PostMapping(SyncPaths.ENROLMENT)
  @Operation(summary = "A post enrols with its one-time code and public key (central)")
  SyncMessages.EnrolmentResponse enrol(@RequestBody SyncMessages.EnrolmentRequest request) {
    if (request.code() == null || request.publicKey() == null) {
      throw new InvalidInputProblem("sync.enrolment_invalid", "Send a code and a public key.");
    }
    return centralOnly(central.getIfAvailable()).enrol(request.code(), request.publicKey());
  }

  @PostMapping(SyncPaths.BATCHES)
  @Operation(summary = "A post's signed, gzip-compressed batch of outbox rows (central)")
  SyncMessages.BatchAck batch(
      @RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
      @RequestHeader(name = "Content-Encoding", required = false) @Nullable String encoding,
      HttpServletRequest request)
      throws IOException {
    BatchReceiver r = centralOnly(receiver.getIfAvailable());
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(MAX_BODY + 1);
    }
    if (body.length > MAX_BODY) {
      throw new InvalidInputProblem("sync.batch_too_large", "The batch is too large.");
    }
    return r.receive(authorization, encoding, body);
  }

  @PostMapping(SyncPaths.DATASETS)
  @Operation(
      summary =
          "A post's signed pull of reference data; the answer (gzip JSON) is signed by central"
              + " in the X-Bmis-Signature header (central)")
  ResponseEntity<byte[]> datasets(
      @RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
      HttpServletRequest request)
      throws IOException {
    DatasetServer server = centralOnly(datasets.getIfAvailable());
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(MAX_PULL + 1);
    }
    if (body.length > MAX_PULL) {
      throw new InvalidInputProblem("sync.pull_invalid", "The pull is too large.");
    }
    DatasetServer.SignedReply reply = server.answer(authorization, body);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/gzip"))
        .header(SyncPaths.REPLY_SIGNATURE, reply.signature())
        .body(reply.body());
  }

  private static <T> T centralOnly(@Nullable T bean) {
    if (bean == null) {
      throw new NotFoundProblem("sync.not_central", "Only headquarters answers this call.");
    }
    return bean;
  }
}
