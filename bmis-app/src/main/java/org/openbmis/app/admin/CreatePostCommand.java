package org.openbmis.app.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Creates a border post. */
public record CreatePostCommand(
    @NotBlank @Pattern(regexp = "[A-Z0-9-]{2,16}") String code,
    @NotBlank @Size(max = 120) String name,
    @NotNull PostType type,
    @Nullable @Pattern(regexp = "[A-Z]{3}|D") String neighbourCountry,
    @NotBlank String timeZone) {}
