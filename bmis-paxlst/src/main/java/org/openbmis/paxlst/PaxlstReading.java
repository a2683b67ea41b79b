package org.openbmis.paxlst;

import java.util.List;

/**
 * What {@link PaxlstReader} made of an interchange: the messages, what was cleaned to read them,
 * and the errors. {@link #readable()} is true when at least one message could be used and no error
 * prevents it; a reading with errors is to be rejected as a whole (the raw bytes kept).
 */
public record PaxlstReading(
    List<PaxlstMessage> messages, List<String> cleaned, List<ReadingError> errors) {

  public PaxlstReading {
    messages = List.copyOf(messages);
    cleaned = List.copyOf(cleaned);
    errors = List.copyOf(errors);
  }

  public boolean readable() {
    return errors.isEmpty() && !messages.isEmpty();
  }
}
