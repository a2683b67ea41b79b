/**
 * Advance passenger information (issue 24, ADR 0019): flight manifests (UN/EDIFACT PAXLST) received
 * from carriers over {@code POST /api/v1/api-messages} or a watched folder, read with {@code
 * bmis-paxlst}, kept byte for byte whatever happens (a rejected message can be processed again),
 * attached to the border post whose location code is the flight's arrival (or departure, for
 * outbound lists), and screened before the aircraft lands with the desk's engine and thresholds
 * (hits in the post's supervisor queue with flight, seat and expected arrival). The desk asks
 * {@link org.openbmis.app.manifest.ManifestLookup} whether the traveller was on a manifest; the
 * flight board counts expected, inspected, no-shows and go-shows; a list change re-screens the
 * manifests of flights not yet landed.
 *
 * <p>Tables: {@code man_message} (raw bytes, status, reasons, what was cleaned), {@code
 * man_flight}, {@code man_person}, {@code man_go_show}. Depends on {@code admin} (posts by location
 * code) and {@code screening} ({@link org.openbmis.app.screening.PreArrivalScreening}); the
 * movement module calls this one, never the other way.
 */
package org.openbmis.app.manifest;
