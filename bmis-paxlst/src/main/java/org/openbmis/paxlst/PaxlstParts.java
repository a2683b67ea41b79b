package org.openbmis.paxlst;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Puts a message sent in several parts back together. Parts share the UNH common access reference;
 * they are numbered from 1 and the last is marked F. The parts may come in any order.
 */
public final class PaxlstParts {

  private PaxlstParts() {}

  /** The part numbers still missing (empty when complete; [-1] when no part is marked last). */
  public static List<Integer> missing(List<PaxlstMessage> parts) {
    TreeMap<Integer, PaxlstMessage> byNumber = byNumber(parts);
    Optional<Integer> last =
        byNumber.values().stream()
            .filter(p -> p.part().last())
            .map(p -> p.part().number())
            .findFirst();
    List<Integer> missing = new ArrayList<>();
    int upTo = last.orElse(byNumber.isEmpty() ? 1 : byNumber.lastKey());
    for (int n = 1; n <= upTo; n++) {
      if (!byNumber.containsKey(n)) {
        missing.add(n);
      }
    }
    if (last.isEmpty()) {
      missing.add(-1);
    }
    return missing;
  }

  /** The whole message when every part is there, else empty. */
  public static Optional<PaxlstMessage> assemble(List<PaxlstMessage> parts) {
    if (parts.isEmpty() || !missing(parts).isEmpty()) {
      return Optional.empty();
    }
    List<PaxlstMessage> ordered = new ArrayList<>(byNumber(parts).values());
    PaxlstMessage first = ordered.get(0);
    List<ListedPerson> persons = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int declared = -1;
    for (PaxlstMessage p : ordered) {
      persons.addAll(p.persons());
      notes.addAll(p.qualityNotes());
      declared = Math.max(declared, p.declaredCount());
    }
    return Optional.of(
        new PaxlstMessage(
            first.version(),
            first.reference(),
            MessagePart.WHOLE,
            first.listType(),
            first.sender(),
            first.reportingParty(),
            first.prepared(),
            first.legs(),
            persons,
            declared,
            notes));
  }

  private static TreeMap<Integer, PaxlstMessage> byNumber(List<PaxlstMessage> parts) {
    TreeMap<Integer, PaxlstMessage> map = new TreeMap<>();
    parts.stream()
        .sorted(Comparator.comparingInt(p -> p.part().number()))
        .forEach(p -> map.putIfAbsent(p.part().number(), p));
    return map;
  }
}
