package org.openbmis.app.admin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.ApiTokenService;
import org.openbmis.app.admin.ApiTokenSummary;
import org.openbmis.app.admin.BackupService;
import org.openbmis.app.admin.BorderPostSummary;
import org.openbmis.app.admin.CreatePostCommand;
import org.openbmis.app.admin.CreateUserCommand;
import org.openbmis.app.admin.DeskFlow;
import org.openbmis.app.admin.DeskLane;
import org.openbmis.app.admin.DeskSummary;
import org.openbmis.app.admin.PostService;
import org.openbmis.app.admin.UserService;
import org.openbmis.app.admin.UserSummary;
import org.openbmis.app.shared.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Border posts, desks and users for administrators (and for provisioning scripts). */
@RestController
@RequestMapping("/api/v1/admin")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Administration", description = "Border posts, desks and user accounts (ADMIN only)")
class AdminApiController {

  /** A desk to add to a post. */
  record CreateDeskRequest(
      @NotBlank @Pattern(regexp = "[A-Z0-9-]{1,16}") String code,
      @NotBlank @Size(max = 120) String name,
      @Nullable DeskFlow flow,
      @Nullable DeskLane lane) {

    CreateDeskRequest(String code, String name) {
      this(code, name, null, null);
    }
  }

  /** A desk's flow and lane. */
  record DeskSettings(@NotNull DeskFlow flow, @NotNull DeskLane lane) {}

  private final PostService posts;
  private final UserService users;
  private final ApiTokenService tokens;

  private final BackupService backups;

  AdminApiController(
      PostService posts, UserService users, ApiTokenService tokens, BackupService backups) {
    this.backups = backups;
    this.posts = posts;
    this.users = users;
    this.tokens = tokens;
  }

  @GetMapping("/posts")
  @Operation(summary = "All border posts")
  List<BorderPostSummary> posts() {
    return posts.posts();
  }

  @PostMapping("/posts")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Create a border post",
      description = "409 `admin.post_code_taken` for a code in use, 422 for an unknown time zone.")
  BorderPostSummary createPost(@Valid @RequestBody CreatePostCommand command) {
    return posts.createPost(command);
  }

  @GetMapping("/posts/{id}/desks")
  @Operation(summary = "The desks of a post (404 for an unknown post)")
  List<DeskSummary> desks(@PathVariable UUID id) {
    posts.post(id);
    return posts.desks(id);
  }

  @PostMapping("/posts/{id}/desks")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Add a desk to a post",
      description =
          "Flow (ARRIVALS, DEPARTURES, BOTH; default BOTH) and lane (PASSENGERS, CREW, VEHICLES,"
              + " DIPLOMATIC; default PASSENGERS) are optional. 409 `admin.desk_code_taken` for a"
              + " code in use at the post.")
  DeskSummary createDesk(@PathVariable UUID id, @Valid @RequestBody CreateDeskRequest request) {
    return posts.createDesk(
        id,
        request.code(),
        request.name(),
        request.flow() == null ? DeskFlow.BOTH : request.flow(),
        request.lane() == null ? DeskLane.PASSENGERS : request.lane());
  }

  @PutMapping("/posts/{id}/desks/{deskId}")
  @Operation(
      summary = "Set a desk's flow and lane",
      description =
          "The flow proposes the direction at the desk's scans (arrivals: entry, departures: exit,"
              + " both: from the traveller's history); a CREW lane marks the travellers inspected"
              + " there as crew. 404 `admin.desk_not_found` for a desk not at this post.")
  DeskSummary updateDesk(
      @PathVariable UUID id, @PathVariable UUID deskId, @Valid @RequestBody DeskSettings settings) {
    return posts.updateDesk(id, deskId, settings.flow(), settings.lane());
  }

  @GetMapping("/users")
  @Operation(summary = "All user accounts, without their secrets")
  List<UserSummary> users() {
    return users.users();
  }

  @PostMapping("/users")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Create a user",
      description =
          "Without a password a one-time password is generated and answered once; it must be changed"
              + " at first sign-in. 409 `admin.username_taken` for a username in use.")
  UserService.CreatedUser createUser(@Valid @RequestBody CreateUserCommand command) {
    return users.createUser(command);
  }

  @PostMapping("/users/{id}/password-reset")
  @Operation(
      summary = "Reset a password",
      description = "Answers a one-time password, to change at next sign-in.")
  OneTimePassword resetPassword(@PathVariable UUID id) {
    return new OneTimePassword(users.resetPassword(id));
  }

  @PutMapping("/users/{id}/access")
  @Operation(
      summary = "Change a user's roles and post",
      description = "The user's sessions and API tokens end. 422 `admin.post_required`.")
  UserSummary changeAccess(@PathVariable UUID id, @Valid @RequestBody AccessChange change) {
    return users.changeAccess(id, change.roles(), change.postId(), change.deskId());
  }

  @GetMapping("/users/{username}/tokens")
  @Operation(summary = "A user's API tokens", description = "Never the tokens themselves.")
  List<ApiTokenSummary> tokensOf(@PathVariable String username) {
    return tokens.tokensOf(username);
  }

  @PostMapping("/backups")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Back up this node's database now",
      description =
          "An online backup of a post's H2 database into <data-folder>/backups (a zip; the desks"
              + " keep working). On PostgreSQL: 422 `admin.backup_use_pg_dump`. Audited.")
  BackupService.Backup backup() {
    return backups.backup();
  }

  @GetMapping("/tokens")
  @Operation(
      summary = "Every user's API tokens",
      description =
          "The open tokens of every user, newest first (at most 500); `ended=true` adds revoked"
              + " and expired ones. Never the tokens themselves. Audited.")
  List<ApiTokenSummary> allTokens(@RequestParam(defaultValue = "false") boolean ended) {
    return tokens.everyone(ended);
  }

  @DeleteMapping("/tokens/{id}")
  @Operation(summary = "Revoke any user's API token", description = "404 `admin.token_not_found`.")
  ApiTokenSummary revokeToken(@PathVariable UUID id) {
    return tokens.revokeAny(id);
  }

  /** New roles and post (and desk at that post) of a user. */
  record AccessChange(@NotEmpty Set<Role> roles, @Nullable UUID postId, @Nullable UUID deskId) {}

  /** A one-time password, shown once. */
  record OneTimePassword(String oneTimePassword) {}
}
