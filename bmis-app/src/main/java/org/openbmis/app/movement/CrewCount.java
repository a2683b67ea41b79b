package org.openbmis.app.movement;

import java.util.UUID;

/** Admitted crossings of a post in one direction by crew or passengers (ADR 0016). */
public record CrewCount(UUID postId, Direction direction, boolean crew, long count) {}
