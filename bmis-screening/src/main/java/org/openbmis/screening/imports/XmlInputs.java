package org.openbmis.screening.imports;

import javax.xml.stream.XMLInputFactory;

/**
 * A StAX factory hardened against XXE and entity expansion (no DTDs, so no billion laughs; no
 * external entities) and against deep nesting: the JDK parser refuses a document nested deeper than
 * {@link #MAX_DOCUMENT_DEPTH} levels.
 */
final class XmlInputs {
  /** Element depth in a whole list document (the lists we read are under ten levels deep). */
  static final int MAX_DOCUMENT_DEPTH = 256;

  private static final XMLInputFactory FACTORY = create();

  private XmlInputs() {}

  static XMLInputFactory factory() {
    return FACTORY;
  }

  private static XMLInputFactory create() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      f.setProperty("jdk.xml.maxElementDepth", MAX_DOCUMENT_DEPTH);
    } catch (IllegalArgumentException notTheJdkParser) {
      // Another StAX implementation: XmlNode's own depth guard still protects each record.
    }
    return f;
  }
}
