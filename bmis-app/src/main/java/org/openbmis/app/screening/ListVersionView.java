package org.openbmis.app.screening;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One version of a list and what made it: an import (its report) or an approved national change.
 * The rejections list the first rows the import did not take, with the reason.
 */
public record ListVersionView(
    String list,
    int version,
    String origin,
    @Nullable String format,
    Instant createdAt,
    String createdBy,
    int read,
    int added,
    int changed,
    int removed,
    int unchanged,
    int skipped,
    int rejected,
    List<String> rejections) {}
