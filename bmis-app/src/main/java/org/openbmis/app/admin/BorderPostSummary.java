package org.openbmis.app.admin;

import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A border crossing point as other modules see it. */
public record BorderPostSummary(
    UUID id,
    String code,
    String name,
    PostType type,
    @Nullable String neighbourCountry,
    ZoneId timeZone,
    boolean active) {}
