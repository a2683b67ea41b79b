package org.openbmis.app.visa;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The number of overstayers of one post, nationality and length of overstay on a day: an aggregate,
 * never a person.
 *
 * @param postId the post of entry, null when the stay has none
 * @param nationality the ISO 3166-1 alpha-3 code, or {@code "-"} when unknown (as in {@link
 *     OverstayReport})
 * @param length the length-of-overstay bucket in days, one of {@link OverstayReport#LENGTHS}
 * @param count the number of overstayers, at least 1
 */
public record OverstayCount(@Nullable UUID postId, String nationality, String length, long count) {}
