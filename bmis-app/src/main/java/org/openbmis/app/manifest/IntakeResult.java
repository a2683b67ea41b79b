package org.openbmis.app.manifest;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a submitted message: {@code ACCEPTED} with the flight, the post, the persons
 * counted, the pre-arrival hits and what was cleaned; or {@code REJECTED} with the reasons (the raw
 * bytes are kept under {@code id} either way). {@code parts}: for a message sent in parts, the
 * parts received and still missing.
 */
public record IntakeResult(
    UUID id,
    String status,
    @Nullable FlightRef flight,
    @Nullable UUID postId,
    int passengers,
    int crew,
    List<Hit> hits,
    List<String> cleaned,
    List<String> reasons,
    List<String> qualityNotes,
    @Nullable Parts parts) {

  /** A pre-arrival hit: the name as listed, the list, the score and the action the list asks. */
  public record Hit(String name, String list, double score, String action) {}

  /** A multi-part transfer: its reference, the parts received, the parts still missing. */
  public record Parts(String reference, List<Integer> received, List<Integer> missing) {}

  public boolean accepted() {
    return "ACCEPTED".equals(status);
  }

  IntakeResult withoutHits() {
    return new IntakeResult(
        id,
        status,
        flight,
        postId,
        passengers,
        crew,
        List.of(),
        cleaned,
        reasons,
        qualityNotes,
        parts);
  }
}
