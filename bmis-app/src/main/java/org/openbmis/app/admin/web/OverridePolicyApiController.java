package org.openbmis.app.admin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.OverridePolicyService;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which roles may admit in spite of blocking conditions, post by post (default SUPERVISOR). */
@RestController
@RequestMapping("/api/v1/admin/posts/{id}/override-policy")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Administration")
class OverridePolicyApiController {

  /** The roles allowed to override. */
  record OverridePolicy(@Nullable List<Role> roles) {}

  private final OverridePolicyService policy;
  private final PostService posts;

  OverridePolicyApiController(OverridePolicyService policy, PostService posts) {
    this.policy = policy;
    this.posts = posts;
  }

  @GetMapping
  @Operation(summary = "The roles that may override blocking conditions at a post")
  OverridePolicy get(@PathVariable UUID id) {
    posts.post(id);
    return new OverridePolicy(List.copyOf(policy.overrideRoles(id)));
  }

  @PutMapping
  @Operation(
      summary = "Set the roles that may override blocking conditions at a post",
      description = "Roles among OFFICER, SUPERVISOR and SECONDARY; 422 otherwise.")
  OverridePolicy set(@PathVariable UUID id, @RequestBody OverridePolicy body) {
    posts.post(id);
    Set<Role> roles = policy.setOverrideRoles(id, body.roles() == null ? List.of() : body.roles());
    return new OverridePolicy(List.copyOf(roles));
  }
}
