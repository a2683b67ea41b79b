package org.openbmis.app.movement;

import java.util.List;

/**
 * The movement module's published read model in the database (ADR 0012): the view {@value #VIEW},
 * one row per recorded movement, read by other modules' SQL (visa: stays; screening: travellers in
 * the country; statistics: aggregates). It is the only name of this module's tables another module
 * may write in its SQL ({@code ArchitectureTest}); {@code mov_movement} and {@code mov_inspection}
 * are private to this module and may change with it.
 *
 * <p>The columns ({@link #COLUMNS}), each with the meaning of the column of the same name in {@code
 * mov_movement}:
 *
 * <ul>
 *   <li>{@code id}: the movement; {@code traveller_id}, {@code document_id}: the traveller and the
 *       document presented;
 *   <li>{@code direction}: {@code ENTRY} or {@code EXIT} ({@link Direction}); {@code decision}:
 *       {@code ADMITTED} or {@code REFUSED} ({@link Decision}); {@code refusal_reason}: the Annex V
 *       letter of a refusal ({@link RefusalReason}), else null;
 *   <li>{@code recorded_at}: the instant of the decision; {@code local_date}: its day in the post's
 *       time zone; {@code post_id}, {@code desk_id} (null when no desk was named);
 *   <li>{@code purpose}, {@code transport_mode}, {@code carrier} (as typed), each possibly null;
 *   <li>{@code inspection_millis}: scan to decision (null when not timed); {@code stay_days}: on an
 *       admitted exit that closed a stay, its length in days of presence, else null;
 *   <li>{@code nationality}, {@code sex}, {@code birth_year}: the traveller's, copied at recording
 *       (each possibly null).
 * </ul>
 *
 * The officer, remarks, address in the country and the inspection are not published. On PostgreSQL
 * the read model is a plain view (inlined by the planner: the table's indexes serve it); on H2 it
 * is a synonym of the table, because H2 materialises views (V57 and ADR 0012).
 */
public final class MovementFacts {

  /** The name other modules' SQL reads the movements by. */
  public static final String VIEW = "mov_movement_facts";

  /** The published columns, as named in {@link #VIEW}. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "traveller_id",
          "document_id",
          "direction",
          "decision",
          "refusal_reason",
          "recorded_at",
          "local_date",
          "post_id",
          "desk_id",
          "purpose",
          "transport_mode",
          "carrier",
          "inspection_millis",
          "stay_days",
          "nationality",
          "sex",
          "birth_year");

  private MovementFacts() {}
}
