package org.openbmis.app.screening;

/**
 * How many hits one alert list gave in a period, by resolution: {@code OPEN} (not yet resolved),
 * {@code CONFIRMED} or {@code FALSE_POSITIVE}. Counts only, for the statistics dashboard.
 */
public record HitCount(String list, String resolution, long hits) {}
