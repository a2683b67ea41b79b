package org.openbmis.screening.imports;

import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openbmis.mrz.Sex;
import org.openbmis.screening.AlertAction;
import org.openbmis.screening.DateOfBirth;
import org.openbmis.screening.IdentityDocument;
import org.openbmis.screening.NameKind;
import org.openbmis.screening.PersonAlert;
import org.openbmis.screening.PersonAlertBuilder;

/**
 * Reads the EU Financial Sanctions File XML 1.1 ({@code export/sanctionEntity}) with StAX. Only
 * {@code subjectType code="person"} entries become alerts (others are skipped); the source id is
 * the entry's {@code logicalId}. Names from {@code nameAlias/@wholeName} (the first is primary,
 * {@code strong="false"} ones are weak), sex from {@code @gender}, {@code citizenship}, {@code
 * birthdate} (full date, year, circa) and {@code identification} (number, ISO alpha-2 country).
 */
public final class EuFsfImporter {
  private final String listCode;
  private final AlertAction action;

  /**
   * An importer.
   *
   * @param listCode the list code, e.g. {@code "EU-FSF"}
   * @param action the action of the list
   */
  public EuFsfImporter(String listCode, AlertAction action) {
    this.listCode = listCode;
    this.action = action;
  }

  /**
   * Streams the file into a sink.
   *
   * @param xml the XML
   * @param sink receives every accepted alert
   * @return the report; broken XML ends the import with a rejection, never an exception
   */
  public ImportReport importFrom(InputStream xml, Consumer<PersonAlert> sink) {
    ImportLog log = new ImportLog("eu-xml");
    try {
      XMLStreamReader r = XmlInputs.factory().createXMLStreamReader(xml);
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT
            && r.getLocalName().equals("sanctionEntity")) {
          log.read();
          entity(XmlNode.read(r), log, sink);
        }
      }
    } catch (XMLStreamException e) {
      log.reject("XML", "unreadable XML, import stopped: " + e.getMessage());
    }
    return log.report();
  }

  private void entity(XmlNode x, ImportLog log, Consumer<PersonAlert> sink) {
    String id = x.attr("logicalId");
    String where = "sanctionEntity logicalId " + id;
    List<XmlNode> type = x.all("subjectType");
    if (type.isEmpty() || !type.get(0).attr("code").equals("person")) {
      log.skipped();
      return;
    }
    if (x.oversized()) {
      log.reject(ImportLimits.cut(where, 80), ImportLimits.FIELD_TOO_LONG);
      return;
    }
    if (id.isBlank()) {
      log.reject(where, "no logicalId");
      return;
    }
    PersonAlertBuilder b = PersonAlert.builder(listCode, id).action(action);
    for (XmlNode n : x.all("nameAlias")) {
      NameKind kind =
          !b.hasName()
              ? NameKind.PRIMARY
              : n.attr("strong").equals("false") ? NameKind.WEAK_ALIAS : NameKind.ALIAS;
      b.name(n.attr("wholeName"), kind);
      String g = n.attr("gender");
      if (g.equals("M") || g.equals("F")) {
        b.sex(g.equals("M") ? Sex.MALE : Sex.FEMALE);
      }
    }
    if (!b.hasName()) {
      log.reject(where, "no nameAlias with a wholeName");
      return;
    }
    x.all("citizenship")
        .forEach(
            c ->
                b.nationality(Countries.standard().alpha3(c.attr("countryIso2Code")).orElse(null)));
    x.all("birthdate").forEach(d -> b.dateOfBirth(birthdate(d)));
    for (XmlNode d : x.all("identification")) {
      if (!d.attr("number").isBlank()) {
        String state = Countries.standard().alpha3(d.attr("countryIso2Code")).orElse(null);
        b.document(new IdentityDocument(d.attr("number"), state, d.attr("identificationTypeCode")));
      }
    }
    List<XmlNode> reg = x.all("regulation");
    b.reason("EU sanctions" + (reg.isEmpty() ? "" : ", programme " + reg.get(0).attr("programme")));
    b.issuingAgency("European Union");
    try {
      sink.accept(ImportLimits.bounded(b.build()));
      log.added();
    } catch (IllegalArgumentException e) {
      log.reject(where, e.getMessage());
    }
  }

  private static DateOfBirth birthdate(XmlNode d) {
    try {
      boolean circa = d.attr("circa").equals("true");
      String full = d.attr("birthdate");
      DateOfBirth dob =
          !full.isBlank()
              ? DateOfBirth.parse(full)
              : DateOfBirth.year(Integer.parseInt(d.attr("year")));
      return circa ? new DateOfBirth(dob.year(), dob.month(), dob.day(), dob.toYear(), true) : dob;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
