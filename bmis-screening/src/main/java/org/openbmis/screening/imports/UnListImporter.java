package org.openbmis.screening.imports;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * Reads the UN Security Council consolidated list XML ({@code CONSOLIDATED_LIST/INDIVIDUALS/
 * INDIVIDUAL}) with StAX, one record at a time. The source id is the UN reference number (e.g.
 * {@code TAi.011}). Names: FIRST..FOURTH_NAME (primary), aliases by quality (Good: alias, Low: weak
 * alias), NAME_ORIGINAL_SCRIPT. Dates of birth EXACT (date or year), APPROXIMATELY, BETWEEN.
 * Entities are skipped. A record without reference number or name is rejected; an unreadable date
 * is dropped from its record, not fatal.
 */
public final class UnListImporter {
  private final String listCode;
  private final AlertAction action;

  /**
   * An importer.
   *
   * @param listCode the list code given to the alerts, e.g. {@code "UN"}
   * @param action the action of the list
   */
  public UnListImporter(String listCode, AlertAction action) {
    this.listCode = listCode;
    this.action = action;
  }

  /**
   * Streams the file into a sink.
   *
   * @param xml the XML (UTF-8 or as declared)
   * @param sink receives every accepted alert
   * @return the report; a broken XML document ends the import with a rejection, never an exception
   */
  public ImportReport importFrom(InputStream xml, Consumer<PersonAlert> sink) {
    ImportLog log = new ImportLog("un-xml");
    try {
      XMLStreamReader r = XmlInputs.factory().createXMLStreamReader(xml);
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT) {
          String n = r.getLocalName();
          if (n.equals("INDIVIDUAL")) {
            log.read();
            individual(XmlNode.read(r), log, sink);
          } else if (n.equals("ENTITY")) {
            log.read();
            log.skipped();
            XmlNode.read(r);
          }
        }
      }
    } catch (XMLStreamException e) {
      log.reject("XML", "unreadable XML, import stopped: " + e.getMessage());
    }
    return log.report();
  }

  private void individual(XmlNode x, ImportLog log, Consumer<PersonAlert> sink) {
    String ref = x.text("REFERENCE_NUMBER");
    String where = "INDIVIDUAL DATAID " + x.text("DATAID");
    if (x.oversized()) {
      log.reject(where, ImportLimits.FIELD_TOO_LONG);
      return;
    }
    if (ref.isBlank()) {
      log.reject(where, "no REFERENCE_NUMBER");
      return;
    }
    PersonAlertBuilder b = PersonAlert.builder(listCode, ref).action(action);
    String name =
        String.join(
                " ",
                x.text("FIRST_NAME"),
                x.text("SECOND_NAME"),
                x.text("THIRD_NAME"),
                x.text("FOURTH_NAME"))
            .strip();
    b.name(name, NameKind.PRIMARY);
    for (XmlNode a : x.all("INDIVIDUAL_ALIAS")) {
      b.name(
          a.text("ALIAS_NAME"),
          a.text("QUALITY").equalsIgnoreCase("Low") ? NameKind.WEAK_ALIAS : NameKind.ALIAS);
    }
    b.name(x.text("NAME_ORIGINAL_SCRIPT"), NameKind.ORIGINAL_SCRIPT);
    if (!b.hasName()) {
      log.reject(where, "no name");
      return;
    }
    x.all("INDIVIDUAL_DATE_OF_BIRTH").forEach(d -> b.dateOfBirth(dateOfBirth(d)));
    x.values("NATIONALITY")
        .forEach(n -> b.nationality(Countries.standard().alpha3(n).orElse(null)));
    String g = x.text("GENDER");
    b.sex(g.equalsIgnoreCase("Male") ? Sex.MALE : g.equalsIgnoreCase("Female") ? Sex.FEMALE : null);
    for (XmlNode d : x.all("INDIVIDUAL_DOCUMENT")) {
      String number = d.text("NUMBER");
      if (!number.isBlank()) {
        String country =
            d.text("ISSUING_COUNTRY").isBlank()
                ? d.text("COUNTRY_OF_ISSUE")
                : d.text("ISSUING_COUNTRY");
        String type = d.text("TYPE_OF_DOCUMENT");
        b.document(
            new IdentityDocument(
                number,
                Countries.standard().alpha3(country).orElse(null),
                type.isBlank() ? null : type));
      }
    }
    b.reason("UN " + x.text("UN_LIST_TYPE") + " sanctions (" + ref + ")")
        .issuingAgency("UN Security Council");
    b.validity(date(x.text("LISTED_ON")), null);
    try {
      sink.accept(ImportLimits.bounded(b.build()));
      log.added();
    } catch (IllegalArgumentException e) {
      log.reject(where, e.getMessage());
    }
  }

  private static DateOfBirth dateOfBirth(XmlNode d) {
    try {
      String type = d.text("TYPE_OF_DATE");
      if (type.equals("BETWEEN")) {
        return DateOfBirth.range(
            Integer.parseInt(d.text("FROM_YEAR")), Integer.parseInt(d.text("TO_YEAR")));
      }
      String date = d.text("DATE");
      DateOfBirth dob =
          !date.isBlank()
              ? DateOfBirth.parse(date.substring(0, Math.min(10, date.length())))
              : DateOfBirth.year(Integer.parseInt(d.text("YEAR")));
      return type.equals("APPROXIMATELY")
          ? new DateOfBirth(dob.year(), dob.month(), dob.day(), dob.toYear(), true)
          : dob;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static LocalDate date(String s) {
    try {
      return s.length() >= 10 ? LocalDate.parse(s.substring(0, 10)) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
