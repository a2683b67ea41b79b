/**
 * Alert lists and screening: every traveller and document checked against national and
 * international lists, fast and explainable.
 *
 * <p>Owns alert lists (person or document, default action, threshold, version), person alerts
 * (stored as JSON documents with their full history) and document alerts (a plain table at SLTD
 * scale), imports of published lists (UN XML, OFAC CSV, EU XML, FollowTheMoney JSON lines, the
 * national CSV template, the lost and stolen documents CSV) by administrators, national alerts
 * under maker-checker (a supervisor proposes, another supervisor or an administrator approves), the
 * in-memory indexes of {@code bmis-screening} (built at start, updated after each committed
 * change), hits with their explanation and resolution (false positives remembered per traveller and
 * alert), and the background re-screening of travellers in the country when a list changes.
 *
 * <p>The desk calls {@link org.openbmis.app.screening.ScreeningService#screenAtDesk}; a result that
 * {@code blocksAdmission()} must be a referral to secondary. Travellers in the country are read in
 * SQL from the movement module's published read model, {@code mov_movement_facts} (ADR 0012), and
 * from {@code trv_traveller} (never written). Tables: {@code scr_alert_list}, {@code
 * scr_list_version}, {@code scr_person_alert}, {@code scr_person_alert_history}, {@code
 * scr_document_alert}, {@code scr_alert_change}, {@code scr_hit}.
 */
package org.openbmis.app.screening;
