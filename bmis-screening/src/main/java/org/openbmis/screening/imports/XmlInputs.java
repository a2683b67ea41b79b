package org.openbmis.screening.imports;

import javax.xml.stream.XMLInputFactory;

/** A StAX factory hardened against XXE: no DTDs, no external entities. */
final class XmlInputs {
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
    return f;
  }
}
