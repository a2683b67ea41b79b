package org.openbmis.app.movement;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The daily log of a post: a day and optional filters. */
public record DailyLogQuery(
    LocalDate date,
    @Nullable UUID postId,
    @Nullable Direction direction,
    @Nullable Decision decision,
    @Nullable UUID deskId) {}
