package org.openbmis.app.admin;

import java.util.UUID;

/**
 * A desk was added or its flow or lane changed, published in the transaction of the change:
 * headquarters versions its desks dataset from it (sync, ADR 0017).
 */
public record DeskChanged(UUID postId, UUID deskId) {}
