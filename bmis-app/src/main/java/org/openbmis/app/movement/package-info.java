/**
 * Border crossings: the primary inspection (document read, traveller found, history and warnings
 * shown, direction proposed) and the movement it ends in (entry or exit, decision, purpose,
 * transport, inspection time). Movements are append-only facts written at posts; an admitted exit
 * closes the open stay and records its length.
 */
package org.openbmis.app.movement;
