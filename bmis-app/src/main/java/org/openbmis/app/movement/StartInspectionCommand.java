package org.openbmis.app.movement;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.document.ManualDocument;

/**
 * Starts a primary inspection: the MRZ as read (lines separated by {@code \n}), or the fields of a
 * document without one; the direction is optional and proposed from the history when absent.
 */
public record StartInspectionCommand(
    @Nullable String mrz,
    @Nullable Direction direction,
    @Nullable @Valid ManualDocument document) {}
