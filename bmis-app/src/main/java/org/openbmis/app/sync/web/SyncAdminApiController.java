package org.openbmis.app.sync.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.sync.CentralPosts;
import org.openbmis.app.sync.SyncMessages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Headquarters' administration of posts in the network: enrolment codes and revocation. */
@RestController
@Tag(name = "Sync")
@ConditionalOnProperty(name = "bmis.node.role", havingValue = "central")
class SyncAdminApiController {

  private final CentralPosts posts;

  SyncAdminApiController(CentralPosts posts) {
    this.posts = posts;
  }

  @PostMapping("/api/v1/admin/posts/{id}/enrolment-codes")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "A one-time code (24 h) with which a post enrols (ADMIN)")
  SyncMessages.EnrolmentCode createCode(@PathVariable UUID id) {
    return posts.createCode(id, CurrentActor.get().username());
  }

  @PostMapping("/api/v1/admin/posts/{id}/revocation")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Revokes a post: its calls are refused from now on (ADMIN)")
  void revoke(@PathVariable UUID id) {
    posts.revoke(id);
  }
}
