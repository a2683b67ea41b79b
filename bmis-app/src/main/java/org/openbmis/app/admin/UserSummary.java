package org.openbmis.app.admin;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.Role;

/** A user account without its secrets. */
public record UserSummary(
    UUID id,
    String username,
    String fullName,
    Set<Role> roles,
    @Nullable UUID postId,
    @Nullable UUID deskId,
    boolean enabled,
    boolean mustChangePassword) {}
