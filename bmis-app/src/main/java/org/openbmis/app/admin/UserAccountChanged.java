package org.openbmis.app.admin;

import java.util.UUID;

/**
 * An account was created or changed (password, roles, post, desk, enabled), published in the
 * transaction of the change: headquarters versions its users dataset from it (sync, ADR 0017).
 */
public record UserAccountChanged(UUID userId) {}
