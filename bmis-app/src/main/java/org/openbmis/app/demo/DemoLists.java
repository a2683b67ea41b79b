package org.openbmis.app.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.openbmis.app.screening.AlertListService;
import org.openbmis.app.screening.CreateListCommand;
import org.openbmis.app.screening.ImportFormat;
import org.openbmis.app.screening.ListKind;
import org.openbmis.screening.AlertAction;

/**
 * The demo's alert lists, imported through the screening module like an administrator's uploads:
 * the UN Security Council consolidated list (a dated snapshot shipped in {@code demo/lists/}), a
 * national person list (the walk-through's listed person, the fingerprint alert's identity, and a
 * few travellers now in the country, whose re-screening puts hits in the queue at once) and a
 * national list of lost and stolen passports.
 */
final class DemoLists {

  static final String UN = "UN-SC";
  static final String NATIONAL = "UTO-NAT";
  static final String DOCUMENTS = "UTO-DOC";
  static final String UN_SNAPSHOT = "demo/lists/un-consolidated-2026-02-27.xml.gz";

  /** The national alert holding the fingerprint the simulator presents for {@code G3018475}. */
  static final String FINGERPRINT_ALERT = "UTO-NAT-0007";

  /** A traveller in the country put on the national list (name, birth date, nationality). */
  record InCountry(String surname, String given, LocalDate born, String nationality, String sex) {}

  private DemoLists() {}

  static void seed(AlertListService lists, List<InCountry> inCountry, LocalDate today) {
    lists.create(
        new CreateListCommand(
            UN,
            "UN Security Council consolidated list (snapshot of 2026-02-27)",
            ListKind.PERSON,
            AlertAction.REFER_TO_SECONDARY,
            null));
    try (InputStream in = new GZIPInputStream(DemoEnvironment.resource(UN_SNAPSHOT))) {
      lists.importList(UN, ImportFormat.UN_XML, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lists.create(
        new CreateListCommand(
            NATIONAL,
            "Utopia national alerts (police, immigration)",
            ListKind.PERSON,
            AlertAction.REFER_TO_SECONDARY,
            null));
    lists.importList(NATIONAL, ImportFormat.CSV, utf8(nationalCsv(inCountry, today)));
    lists.create(
        new CreateListCommand(
            DOCUMENTS,
            "Utopia lost and stolen passports",
            ListKind.DOCUMENT,
            AlertAction.REFER_TO_SECONDARY,
            null));
    lists.importList(DOCUMENTS, ImportFormat.CSV, utf8(documentCsv(today)));
  }

  static String nationalCsv(List<InCountry> inCountry, LocalDate today) {
    Walkthrough.Person listed = Walkthrough.person(Walkthrough.Feature.LISTED_PERSON);
    StringBuilder b =
        new StringBuilder(
            "id,surname,given_names,aliases,date_of_birth,nationalities,sex,document_numbers,"
                + "reason,issuing_agency,action,valid_from,valid_until,confidentiality\n");
    b.append("UTO-NAT-0001,")
        .append(listed.surname())
        .append(',')
        .append(listed.givenNames())
        .append(",Karim Al-Haddad|كريم حداد,")
        .append(listed.dateOfBirth())
        .append(",LBN,M,,Wanted for questioning (customs fraud file 2026/114),")
        .append("Utopia Customs,REFER_TO_SECONDARY,,,RESTRICTED\n");
    b.append("UTO-NAT-0002,Al-Rashid,Omar Khalid,Abu Khalid|Омар Рашид,1971-03-04,SYR|JOR,M,,")
        .append("Arrest warrant 17/2025 (armed robbery),National Police,ARREST,,,CONFIDENTIAL\n");
    b.append("UTO-NAT-0003,Nwosu,Chiamaka Ifeoma,,1994,NGA,F,,")
        .append(
            "Missing person: notify the family liaison office,National Police,NOTIFY,,,PUBLIC\n");
    b.append("UTO-NAT-0004,Kowalczyk,Marek,Marek Kowalczik,1968-10-22,POL,M,,")
        .append(
            "Deported 2024: entry ban until 2029,Immigration,REFUSE_ENTRY,,2029-12-31,RESTRICTED\n");
    b.append(FINGERPRINT_ALERT)
        .append(",Asante,Kofi,,1982,GHA,M,,")
        .append("Wanted under this name (fingerprints held); may travel on another identity,")
        .append("National Police,REFER_TO_SECONDARY,,,CONFIDENTIAL\n");
    int n = 20;
    for (InCountry p : inCountry) {
      b.append("UTO-NAT-00")
          .append(n++)
          .append(',')
          .append(p.surname())
          .append(',')
          .append(p.given())
          .append(",,")
          .append(p.born())
          .append(',')
          .append(p.nationality())
          .append(',')
          .append(p.sex())
          .append(",,Overstay investigation: locate and interview,Immigration,NOTIFY,")
          .append(today.minusDays(2))
          .append(",,RESTRICTED\n");
    }
    return b.toString();
  }

  static String documentCsv(LocalDate today) {
    Walkthrough.Person stolen = Walkthrough.person(Walkthrough.Feature.STOLEN_DOCUMENT);
    return "id,number,issuing_state,document_type,reason,reported_on,source\n"
        + "D-0001,"
        + stolen.documentNumber()
        + ",FRA,P,STOLEN,"
        + today.minusDays(40)
        + ",Interpol SLTD (demo copy)\n"
        + "D-0002,A04417725,NGA,P,LOST,"
        + today.minusDays(200)
        + ",Nigeria Immigration Service\n"
        + "D-0004,C01X00T47,DEU,P,STOLEN,"
        + today.minusDays(12)
        + ",Interpol SLTD (demo copy)\n";
  }

  private static InputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
