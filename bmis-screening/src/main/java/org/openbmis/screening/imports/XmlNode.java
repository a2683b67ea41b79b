package org.openbmis.screening.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One record of an XML list read into a small tree (a few kilobytes), so the file is streamed
 * record by record while each record is handled as a whole. A text or attribute longer than {@link
 * ImportLimits#MAX_FIELD} characters is cut and the record flagged {@link #oversized()}; elements
 * nested deeper than {@link ImportLimits#MAX_DEPTH} levels inside a record end the import (no
 * recursion can exhaust the stack).
 */
record XmlNode(
    String name,
    Map<String, String> attributes,
    String text,
    List<XmlNode> children,
    boolean oversized) {

  /** Reads the element the reader is positioned on (START_ELEMENT) up to its end. */
  static XmlNode read(XMLStreamReader r) throws XMLStreamException {
    return read(r, 1);
  }

  private static XmlNode read(XMLStreamReader r, int depth) throws XMLStreamException {
    if (depth > ImportLimits.MAX_DEPTH) {
      throw new XMLStreamException(
          "elements nested deeper than " + ImportLimits.MAX_DEPTH + " levels in a record",
          r.getLocation());
    }
    String name = r.getLocalName();
    boolean oversized = false;
    Map<String, String> attrs = new java.util.LinkedHashMap<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String v = r.getAttributeValue(i);
      if (v.length() > ImportLimits.MAX_FIELD) {
        oversized = true;
        v = v.substring(0, ImportLimits.MAX_FIELD);
      }
      attrs.put(r.getAttributeLocalName(i), v);
    }
    List<XmlNode> children = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    while (r.hasNext()) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        XmlNode child = read(r, depth + 1);
        oversized |= child.oversized();
        children.add(child);
      } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
        int room = ImportLimits.MAX_FIELD - text.length();
        int n = r.getTextLength();
        if (n > room) {
          oversized = true;
        }
        text.append(r.getTextCharacters(), r.getTextStart(), Math.min(n, Math.max(room, 0)));
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        break;
      }
    }
    return new XmlNode(name, attrs, text.toString().strip(), children, oversized);
  }

  List<XmlNode> all(String child) {
    return children.stream().filter(c -> c.name.equals(child)).toList();
  }

  /** The trimmed text of the first child of that name with whitespace runs collapsed, or "". */
  String text(String child) {
    return children.stream()
        .filter(c -> c.name.equals(child))
        .map(c -> c.text.replaceAll("\\s+", " "))
        .findFirst()
        .orElse("");
  }

  /** The texts of the VALUE children of a child (UN style lists). */
  List<String> values(String child) {
    return all(child).stream()
        .flatMap(c -> c.all("VALUE").stream())
        .map(XmlNode::text)
        .filter(s -> !s.isBlank())
        .collect(Collectors.toList());
  }

  String attr(String key) {
    String v = attributes.get(key);
    return v == null ? "" : v.strip();
  }
}
