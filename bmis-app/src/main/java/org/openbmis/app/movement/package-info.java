/**
 * Border crossings: the primary inspection (document read, traveller found, history and warnings
 * shown, direction proposed) and the movement it ends in (entry or exit, decision, purpose,
 * transport, inspection time). Movements are append-only facts written at posts; an admitted exit
 * closes the open stay and records its length.
 *
 * <p>Tables: {@code mov_inspection}, {@code mov_movement}, named in SQL by this module only. Other
 * modules read the movements through the published read model {@link
 * org.openbmis.app.movement.MovementFacts} (the view {@code mov_movement_facts}, ADR 0012); the
 * visa and screening modules cannot call this one (it depends on them), so a view, not a service.
 */
package org.openbmis.app.movement;
