package org.openbmis.app.admin;

import java.util.UUID;

/** A desk (workstation) at a post. */
public record DeskSummary(UUID id, UUID postId, String code, String name, boolean active) {}
