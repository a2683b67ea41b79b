package org.openbmis.app.visa;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A stay in the country: the local dates of entry and exit, both counted as days of presence. An
 * open stay (no exit yet) counts up to the day asked about.
 */
public record Stay(LocalDate entry, @Nullable LocalDate exit) {}
