package org.openbmis.paxlst;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PAXLST interchange: {@link Cleaner} makes it readable, StAEDI tokenises it (delimiters
 * from the UNA service string), {@link MessageBuilder} turns segments into messages. Thread-safe;
 * never throws for bad input.
 */
public final class PaxlstReader {

  private final Clock clock;
  private final EDIInputFactory factory;

  /** {@code clock} gives "today" for two-digit years of birth (never in the future). */
  public PaxlstReader(Clock clock) {
    this.clock = clock;
    this.factory = EDIInputFactory.newFactory();
    factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, false);
    factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
    factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
  }

  public PaxlstReading read(byte[] raw) {
    if (raw == null || raw.length == 0) {
      return new PaxlstReading(
          List.of(), List.of(), List.of(new ReadingError("paxlst.empty", null, 0, "no content")));
    }
    Cleaner.Cleaned cleaned = Cleaner.clean(raw);
    List<ReadingError> errors = new ArrayList<>(cleaned.errors());
    if (!cleaned.text().startsWith("UNA") && !cleaned.text().startsWith("UNB")) {
      errors.add(
          new ReadingError(
              "paxlst.not_edifact", null, 0, "the content does not start with UNA or UNB"));
      return new PaxlstReading(List.of(), cleaned.notes(), errors);
    }
    MessageBuilder builder = new MessageBuilder(LocalDate.now(clock));
    tokenise(cleaned.text(), builder, errors);
    builder.finish();
    errors.addAll(builder.errors());
    return new PaxlstReading(builder.messages(), cleaned.notes(), errors);
  }

  private void tokenise(String text, MessageBuilder builder, List<ReadingError> errors) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    int position = 0;
    Segment segment = null;
    try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(bytes))) {
      while (reader.hasNext()) {
        EDIStreamEvent event = reader.next();
        Location at = reader.getLocation();
        switch (event) {
          case START_SEGMENT -> segment = new Segment(reader.getText(), ++position);
          case ELEMENT_DATA -> {
            if (segment != null && at.getElementOccurrence() <= 1) {
              segment.put(at.getElementPosition(), at.getComponentPosition(), reader.getText());
            }
          }
          case END_SEGMENT -> {
            if (segment != null) {
              builder.accept(segment);
            }
            segment = null;
          }
          default -> {}
        }
      }
    } catch (EDIStreamException | RuntimeException e) {
      errors.add(
          new ReadingError(
              "paxlst.syntax",
              segment == null ? null : segment.tag,
              position,
              "cannot be read as EDIFACT: " + firstLine(e.getMessage())));
    } catch (java.io.IOException e) {
      errors.add(
          new ReadingError("paxlst.syntax", null, position, "cannot be read: " + e.getMessage()));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
