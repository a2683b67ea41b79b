package org.openbmis.app.manifest;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the manifests say about a traveller at the desk: the manifest they were on (or null), and
 * whether the post expected them on one (a flight due around now has a manifest) without finding
 * them: a warning for the officer, not a reason to stop. {@code listedPersonId}: the traveller's
 * row on that manifest, which the desk's screening gives to link the hits found before arrival.
 */
public record DeskManifest(
    @Nullable ManifestMention manifest, boolean expectedButAbsent, @Nullable UUID listedPersonId) {

  public static final DeskManifest NONE = new DeskManifest(null, false, null);
}
