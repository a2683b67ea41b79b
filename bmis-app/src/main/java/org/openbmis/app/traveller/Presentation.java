package org.openbmis.app.traveller;

import java.util.UUID;

/**
 * The traveller and document behind a presented document, and whether the traveller is new to the
 * system. {@code stored}: the document (and so the traveller) is already on record; otherwise the
 * ids are the ones {@link TravellerService#present} will write them under.
 */
public record Presentation(
    TravellerSummary traveller, UUID documentId, boolean newTraveller, boolean stored) {}
