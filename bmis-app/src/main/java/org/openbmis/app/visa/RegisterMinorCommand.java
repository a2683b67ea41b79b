package org.openbmis.app.visa;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Registers a child traveller with the adult accompanying them. */
public record RegisterMinorCommand(
    @NotNull UUID childTravellerId,
    @NotNull UUID adultTravellerId,
    @NotNull GuardianLink.Relationship relationship) {}
