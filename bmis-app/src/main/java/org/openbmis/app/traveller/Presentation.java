package org.openbmis.app.traveller;

import java.util.UUID;

/**
 * The outcome of presenting a document: the traveller and document found or registered, and whether
 * the traveller is new to the system.
 */
public record Presentation(TravellerSummary traveller, UUID documentId, boolean newTraveller) {}
