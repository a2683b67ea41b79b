/**
 * Visas, permits and length of stay: who may enter, for how long, and who has overstayed.
 *
 * <p>Owns the entry policy by nationality (versioned rules, chosen by nationality, document type
 * and purpose of travel, the most specific winning), issued visas and e-visas, visas on arrival
 * with a printable MRV-A page, work and residence permits and extensions of stay, shore and border
 * passes, minors registered with the adult accompanying them, the authorised stay recorded for each
 * admitted entry, and the rolling-period stay calculator (Schengen-style 90 in any 180 days).
 *
 * <p>The desk asks {@link org.openbmis.app.visa.VisaDeskService} to assess an entry or an exit;
 * headquarters lists overstayers through {@link org.openbmis.app.visa.OverstayService}, which also
 * answers the statistics module's overstayer counts (aggregates only). Stays are read in SQL from
 * the movement module's published read model, {@code mov_movement_facts} (admitted entries and
 * exits with their local date; ADR 0012), never from its tables: the visa module cannot call the
 * movement module (which depends on this one), so the view is the contract. The movement module
 * calls {@link org.openbmis.app.visa.VisaDeskService#closeStays} at every admitted movement of a
 * non-national whose last admitted movement is an entry (no other can have an open stay), which
 * keeps each stay's {@code closed_at} (and its local day, {@code closed_on}) and the open-stay
 * counts exact in the recording transaction. Tables: {@code vis_entry_rule}, {@code vis_visa},
 * {@code vis_permit}, {@code vis_pass}, {@code vis_guardian}, {@code vis_authorised_stay}, {@code
 * vis_open_stay_count}.
 */
package org.openbmis.app.visa;
