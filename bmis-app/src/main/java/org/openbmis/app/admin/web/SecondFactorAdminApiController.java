package org.openbmis.app.admin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.openbmis.app.admin.SecondFactorService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Resetting a user's second factor over the API. */
@RestController
@RequestMapping("/api/v1/admin/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Administration", description = "Border posts, desks and user accounts (ADMIN only)")
class SecondFactorAdminApiController {

  private final SecondFactorService factors;

  SecondFactorAdminApiController(SecondFactorService factors) {
    this.factors = factors;
  }

  @PostMapping("/{id}/second-factor-reset")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Reset a user's second factor",
      description =
          "Removes the TOTP secret and the recovery codes: the user sets up a new second factor at"
              + " the next sign-in. 404 `admin.user_not_found`.")
  void reset(@PathVariable UUID id) {
    factors.reset(id);
  }
}
