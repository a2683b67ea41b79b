package org.openbmis.app.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Creates a border post. {@code locationCode}: IATA airport code (3 letters) or UN/LOCODE (5), the
 * code flight manifests name; optional.
 */
public record CreatePostCommand(
    @NotBlank @Pattern(regexp = "[A-Z0-9-]{2,16}") String code,
    @NotBlank @Size(max = 120) String name,
    @NotNull PostType type,
    @Nullable @Pattern(regexp = "[A-Z]{3}|D") String neighbourCountry,
    @NotBlank String timeZone,
    @Nullable @Pattern(regexp = "[A-Z]{3}|[A-Z]{2}[A-Z2-9]{3}") String locationCode) {

  /** A post without a location code. */
  public CreatePostCommand(
      String code, String name, PostType type, @Nullable String neighbourCountry, String timeZone) {
    this(code, name, type, neighbourCountry, timeZone, null);
  }
}
