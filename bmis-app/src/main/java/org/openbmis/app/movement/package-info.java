/**
 * Border crossings: the primary inspection (document read, traveller found, history and warnings
 * shown, direction proposed) and the movement it ends in (entry or exit, decision, purpose,
 * transport, inspection time). Movements are append-only facts written at posts; an admitted exit
 * closes the open stay and records its length. The desk's flow proposes the direction before the
 * history; travellers inspected together (a vehicle, a family, a tour) form a group whose members
 * keep their own movements; crew lists and crew documents mark crew movements (ADR 0016).
 */
package org.openbmis.app.movement;
