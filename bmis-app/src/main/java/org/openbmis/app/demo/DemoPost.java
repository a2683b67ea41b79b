package org.openbmis.app.demo;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.PostType;

/** A seeded border post with the ids of its desks and the usernames of its officers. */
record DemoPost(
    UUID id,
    String code,
    String name,
    PostType type,
    @Nullable String neighbour,
    ZoneId zone,
    int traffic,
    List<UUID> desks,
    List<String> officers,
    @Nullable String supervisor) {}
