package org.openbmis.app.manifest;

/**
 * Advance passenger information per carrier over a period: manifests accepted, late (received after
 * the scheduled departure), persons listed, data quality (persons without a travel document, dates
 * that do not exist), and, for the flights of the period, no-shows and go-shows.
 */
public record CarrierStatistics(
    String carrier,
    long manifests,
    long late,
    long persons,
    long missingDocuments,
    long invalidDates,
    long noShows,
    long goShows) {}
