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
 * record by record while each record is handled as a whole.
 */
record XmlNode(String name, Map<String, String> attributes, String text, List<XmlNode> children) {

  /** Reads the element the reader is positioned on (START_ELEMENT) up to its end. */
  static XmlNode read(XMLStreamReader r) throws XMLStreamException {
    String name = r.getLocalName();
    Map<String, String> attrs = new java.util.LinkedHashMap<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
    }
    List<XmlNode> children = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    while (r.hasNext()) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        children.add(read(r));
      } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
        text.append(r.getText());
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        break;
      }
    }
    return new XmlNode(name, attrs, text.toString().strip(), children);
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
