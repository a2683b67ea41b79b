package org.openbmis.app.admin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.openbmis.app.admin.ApiTokenService;
import org.openbmis.app.admin.ApiTokenSummary;
import org.openbmis.app.admin.UserService;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own account: who am I, my password, my API tokens. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "My account", description = "The signed-in user's identity, password and API tokens")
class AccountApiController {

  /**
   * A token request: a name to recognise it by and its validity in days (at most {@code
   * bmis.security.max-token-days}, else 422 {@code admin.token_too_long}).
   */
  record TokenRequest(@NotBlank @Size(max = 80) String name, @Min(1) int days) {}

  /** A password change. */
  record PasswordChange(
      @NotBlank String currentPassword, @NotBlank @Size(max = 200) String newPassword) {}

  private final UserService users;
  private final ApiTokenService tokens;

  AccountApiController(UserService users, ApiTokenService tokens) {
    this.users = users;
    this.tokens = tokens;
  }

  @GetMapping
  @Operation(summary = "Who am I", description = "The acting user: roles, post and desk.")
  Actor me() {
    return CurrentActor.get();
  }

  @PostMapping("/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Change my password",
      description =
          "Also allowed with a one-time password (every other call answers 403"
              + " `auth.password_change_required` until then). 422 `admin.password_wrong`,"
              + " `admin.password_too_short` (under 12 characters), `admin.password_too_weak`"
              + " (common, breached, repetitive or sequential), `admin.password_contains_username`"
              + " or `admin.password_reused`. The user's other sessions and API tokens end.")
  void changePassword(@Valid @RequestBody PasswordChange change) {
    users.changeOwnPassword(change.currentPassword(), change.newPassword());
  }

  @PostMapping("/tokens")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Issue an API token",
      description =
          "For kiosks, e-gates and scripts: `Authorization: Bearer <token>`. The token is answered"
              + " once; only its hash is stored. Only after a password sign-in: a request made"
              + " with a token answers 403 `auth.token_cannot_issue`. More days than"
              + " `bmis.security.max-token-days` answer 422 `admin.token_too_long`. A token ends"
              + " when revoked or when the owner's password, roles, post or enabled state change.")
  ApiTokenService.IssuedToken issue(@Valid @RequestBody TokenRequest request) {
    return tokens.issue(request.name(), request.days());
  }

  @GetMapping("/tokens")
  @Operation(summary = "My API tokens", description = "Never the tokens themselves.")
  List<ApiTokenSummary> tokens() {
    return tokens.mine();
  }

  @DeleteMapping("/tokens/{id}")
  @Operation(
      summary = "Revoke one of my API tokens",
      description = "404 `admin.token_not_found` for a token that is not mine.")
  ApiTokenSummary revoke(@PathVariable UUID id) {
    return tokens.revokeMine(id);
  }
}
