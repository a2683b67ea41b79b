package org.openbmis.app.admin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.openbmis.app.admin.ApiTokenService;
import org.openbmis.app.admin.UserService;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
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

  /** A token request: a name to recognise it by and its validity in days. */
  record TokenRequest(@NotBlank @Size(max = 80) String name, @Min(1) @Max(365) int days) {}

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
              + " `admin.password_too_short` or `admin.password_reused`.")
  void changePassword(@Valid @RequestBody PasswordChange change) {
    users.changeOwnPassword(change.currentPassword(), change.newPassword());
  }

  @PostMapping("/tokens")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Issue an API token",
      description =
          "For kiosks, e-gates and scripts: `Authorization: Bearer <token>`. The token is answered"
              + " once; only its hash is stored.")
  ApiTokenService.IssuedToken issue(@Valid @RequestBody TokenRequest request) {
    return tokens.issue(request.name(), request.days());
  }
}
