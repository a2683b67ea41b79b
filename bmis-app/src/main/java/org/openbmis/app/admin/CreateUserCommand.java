package org.openbmis.app.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.Role;

/**
 * Creates a user. Officers and supervisors need a post. Without a password a one-time password is
 * generated, returned once, and must be changed at first sign-in.
 */
public record CreateUserCommand(
    @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,64}") String username,
    @NotBlank @Size(max = 120) String fullName,
    @NotEmpty Set<Role> roles,
    @Nullable UUID postId,
    @Nullable UUID deskId,
    @Nullable String password) {}
