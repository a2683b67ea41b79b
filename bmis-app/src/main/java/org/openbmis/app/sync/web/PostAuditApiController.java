package org.openbmis.app.sync.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.sync.PostAuditChains;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Headquarters' check of a post's audit chain as received (ADMIN, ADR 0025). */
@RestController
@Tag(name = "Sync")
@ConditionalOnProperty(name = "bmis.node.role", havingValue = "central")
class PostAuditApiController {

  private final PostAuditChains chains;
  private final AuditLog audit;

  PostAuditApiController(PostAuditChains chains, AuditLog audit) {
    this.chains = chains;
    this.audit = audit;
  }

  @GetMapping("/api/v1/sync/posts/{id}/audit-chain")
  @Operation(
      summary =
          "Recomputes the audit chain a post sent (hashes, sequence, links): valid, or where it"
              + " breaks (ADMIN)")
  PostAuditChains.Verification verify(@PathVariable UUID id) {
    PostAuditChains.Verification v = chains.verify(id);
    audit.record(
        "sync.post_audit_chain_verified",
        "post",
        id,
        v.valid() ? AuditLog.Outcome.SUCCESS : AuditLog.Outcome.FAILURE,
        v.entries() + " entries, " + (v.valid() ? "valid" : "broken at " + v.brokenAt()));
    return v;
  }
}
