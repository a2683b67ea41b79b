package org.openbmis.app.manifest;

import org.jspecify.annotations.Nullable;

/**
 * What the manifests say about a traveller at the desk: the manifest they were on (or null), and
 * whether the post expected them on one (a flight due around now has a manifest) without finding
 * them: a warning for the officer, not a reason to stop.
 */
public record DeskManifest(@Nullable ManifestMention manifest, boolean expectedButAbsent) {

  public static final DeskManifest NONE = new DeskManifest(null, false);
}
