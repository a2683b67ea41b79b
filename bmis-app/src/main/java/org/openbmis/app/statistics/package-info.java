/**
 * Migration statistics: aggregates of the recorded movements (flows by day and month across every
 * dimension, carriers, processing-time histograms per desk and hour) maintained from {@code
 * MovementRecorded} in the recording transaction and rebuildable from the raw movements; the
 * queries (and alert hits by list and resolution, counted from the screening module's hits), the
 * analyst's dashboard and the exports (CSV, XLSX, a monthly PDF report, and a flow table for
 * national statistics offices). Analysts see aggregates only, never person records; exported counts
 * below a threshold are suppressed. The raw movements are read in SQL from the movement module's
 * published read model, {@code mov_movement_facts} (ADR 0012), never from its tables. Nothing
 * depends on this module.
 */
package org.openbmis.app.statistics;
