package org.openbmis.app.biometrics;

import org.jspecify.annotations.Nullable;
import org.openbmis.biometrics.FingerPosition;
import org.openbmis.biometrics.FingerQuality;
import org.openbmis.biometrics.Template;

/** A print ready to store: position, template, quality (none for a minutiae template), source. */
record Enrolment(
    FingerPosition position,
    Template template,
    @Nullable FingerQuality quality,
    String source,
    @Nullable String imageFormat,
    byte @Nullable [] image) {}
