package org.openbmis.paxlst;

import java.util.ArrayList;
import java.util.List;

/**
 * A segment as StAEDI delivered it: tag, position, and elements of components (first occurrence).
 */
final class Segment {

  final String tag;
  final int position;
  private final List<List<String>> elements = new ArrayList<>();

  Segment(String tag, int position) {
    this.tag = tag;
    this.position = position;
  }

  void put(int element, int component, String value) {
    while (elements.size() < element) {
      elements.add(new ArrayList<>());
    }
    List<String> components = elements.get(element - 1);
    int index = Math.max(component, 1);
    while (components.size() < index) {
      components.add("");
    }
    components.set(index - 1, value == null ? "" : value.strip());
  }

  /** Element {@code e}, component {@code c} (both from 1); empty string when absent. */
  String get(int e, int c) {
    if (e < 1 || e > elements.size()) {
      return "";
    }
    List<String> components = elements.get(e - 1);
    return c < 1 || c > components.size() ? "" : components.get(c - 1);
  }

  String get(int e) {
    return get(e, 1);
  }

  /** Null for an empty value. */
  String opt(int e, int c) {
    String v = get(e, c);
    return v.isEmpty() ? null : v;
  }
}
