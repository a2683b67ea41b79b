package org.openbmis.app.screening;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One passenger of a batch (in the order of the manifest): the hits, the lists checked, or an error
 * code when the entry could not be screened (e.g. {@code screening.query_empty}).
 */
public record BatchItem(
    int index,
    List<ScreeningHitView> hits,
    List<CheckResult.ListChecked> listsChecked,
    @Nullable String error) {}
