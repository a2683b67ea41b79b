package org.openbmis.app.admin;

import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A border crossing point as other modules see it. {@code locationCode}: the IATA airport code or
 * UN/LOCODE that flight manifests name as arrival or departure (null where none is set).
 */
public record BorderPostSummary(
    UUID id,
    String code,
    String name,
    PostType type,
    @Nullable String neighbourCountry,
    ZoneId timeZone,
    boolean active,
    @Nullable String locationCode) {}
