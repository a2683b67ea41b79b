package org.openbmis.screening.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbmis.screening.AlertAction;
import org.openbmis.screening.DocumentAlert;
import org.openbmis.screening.PersonAlert;

/**
 * The attacker's files of issue 20: one bad record (a 10 MB field, a 50,000-deep nesting) must not
 * abort an import nor exhaust memory or stack; the rest is imported and the bad one reported.
 */
class HostileImportsTest {
  static final String TEN_MB = "A".repeat(10 * 1024 * 1024);

  private static Path watchlists() {
    Path d =
        Paths.get(System.getProperty("testdata.dir", "../../shared/testdata"))
            .resolve("watchlists");
    Assumptions.assumeTrue(Files.isDirectory(d), "shared test data not found at " + d);
    return d;
  }

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String nested(String element, int depth) {
    return ("<" + element + ">").repeat(depth) + ("</" + element + ">").repeat(depth);
  }

  @Test
  void csvListWithOneTenMegabyteFieldImportsTheRestAndReportsTheBadLine() {
    String csv =
        "id,surname,given_names,reason\n"
            + "N1,RASHID,OMAR,ok\n"
            + "N2,DOE,JANE,"
            + TEN_MB
            + "\n"
            + "N3,ROE,RICK,\""
            + TEN_MB
            + "\"\n"
            + "N4,MWANGI,ROSE,ok\n";
    List<PersonAlert> out = new ArrayList<>();
    ImportReport r =
        new NationalListCsvImporter("NAT", AlertAction.NOTIFY).importFrom(text(csv), out::add);
    assertThat(out).extracting(PersonAlert::sourceId).containsExactly("N1", "N4");
    assertThat(r.read()).isEqualTo(4);
    assertThat(r.rejections())
        .extracting(RejectedRow::location)
        .containsExactly("line 3", "line 4");
    assertThat(r.rejections())
        .allSatisfy(x -> assertThat(x.reason()).contains("longer than 10000 characters"));
  }

  @Test
  void csvListWithAnOverlongSourceIdOrAManyThousandFieldRowIsABadRecord() {
    String csv =
        "id,surname\n" + "X".repeat(101) + ",DOE\nN2,ROE" + ",".repeat(5000) + "\nN3,MWANGI\n";
    List<PersonAlert> out = new ArrayList<>();
    ImportReport r =
        new NationalListCsvImporter("NAT", AlertAction.NOTIFY).importFrom(text(csv), out::add);
    assertThat(out).extracting(PersonAlert::sourceId).containsExactly("N3");
    assertThat(r.rejections())
        .extracting(RejectedRow::reason)
        .containsExactly("source id longer than 100 characters", ImportLimits.FIELD_TOO_LONG);
  }

  @Test
  void documentListWithOneTenMegabyteLineImportsTheRest() {
    String docs =
        "id,number,issuing_state,document_type,reason,reported_on,source\n"
            + "1,L898902C3,UTO,P,STOLEN,2024-05-01,x\n"
            + "2,X1,UTO,P,LOST,,"
            + TEN_MB
            + "\n3,X2,UTO,P,LOST,,\n";
    List<DocumentAlert> out = new ArrayList<>();
    ImportReport r = new DocumentCsvImporter("SLTD").importFrom(text(docs), out::add);
    assertThat(out).extracting(DocumentAlert::sourceId).containsExactly("1", "3");
    assertThat(r.rejections())
        .containsExactly(new RejectedRow("line 3", "line longer than 10000 characters"));
  }

  @Test
  void unListWithOneTenMegabyteNameImportsTheRestOfTheRealList() throws IOException {
    String xml = Files.readString(watchlists().resolve("full/UN_consolidated.xml"));
    String hostile =
        "<INDIVIDUAL><DATAID>666</DATAID><REFERENCE_NUMBER>QDi.666</REFERENCE_NUMBER>"
            + "<FIRST_NAME>"
            + TEN_MB
            + "</FIRST_NAME></INDIVIDUAL></INDIVIDUALS>";
    xml = xml.replaceFirst("</INDIVIDUALS>", hostile);
    List<PersonAlert> out = new ArrayList<>();
    ImportReport r = new UnListImporter("UN", AlertAction.NOTIFY).importFrom(text(xml), out::add);
    assertThat(r.added()).isEqualTo(730);
    assertThat(r.rejections())
        .containsExactly(new RejectedRow("INDIVIDUAL DATAID 666", ImportLimits.FIELD_TOO_LONG));
  }

  @Test
  void unListNestedFiftyThousandDeepInARecordStopsTheImportWithoutStackOverflow() {
    String xml =
        "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID>"
            + nested("X", 50_000)
            + "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";
    ImportReport r = new UnListImporter("UN", AlertAction.NOTIFY).importFrom(text(xml), a -> {});
    assertThat(r.rejections()).hasSize(1);
    assertThat(r.rejections().get(0).reason()).startsWith("unreadable XML, import stopped");
  }

  @Test
  void unListNestedFiftyThousandDeepOutsideRecordsStopsTheImport() {
    String xml = "<CONSOLIDATED_LIST>" + nested("X", 50_000) + "</CONSOLIDATED_LIST>";
    ImportReport r = new UnListImporter("UN", AlertAction.NOTIFY).importFrom(text(xml), a -> {});
    assertThat(r.rejections()).hasSize(1);
    assertThat(r.rejections().get(0).reason()).startsWith("unreadable XML, import stopped");
  }

  @Test
  void unListWithBillionLaughsOrAnExternalEntityIsRefusedUnexpanded() {
    String laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
            + "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID>"
            + "<REFERENCE_NUMBER>R.1</REFERENCE_NUMBER><FIRST_NAME>&lol3;</FIRST_NAME>"
            + "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID>"
            + "<REFERENCE_NUMBER>R.1</REFERENCE_NUMBER><FIRST_NAME>&xxe;</FIRST_NAME>"
            + "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";
    for (String xml : List.of(laughs, xxe)) {
      List<PersonAlert> out = new ArrayList<>();
      ImportReport r = new UnListImporter("UN", AlertAction.NOTIFY).importFrom(text(xml), out::add);
      assertThat(out).isEmpty();
      assertThat(r.rejections()).anyMatch(x -> x.reason().contains("import stopped"));
    }
  }

  @Test
  void euListWithOneHugeWholeNameImportsTheRest() throws IOException {
    String xml = Files.readString(watchlists().resolve("eu_fsf_excerpt.xml"));
    String hostile =
        "<sanctionEntity logicalId=\"666\"><subjectType code=\"person\"/>"
            + "<nameAlias wholeName=\""
            + TEN_MB
            + "\"/></sanctionEntity></export>";
    xml = xml.replace("</export>", hostile);
    List<PersonAlert> out = new ArrayList<>();
    ImportReport r = new EuFsfImporter("EU", AlertAction.NOTIFY).importFrom(text(xml), out::add);
    assertThat(out).extracting(PersonAlert::sourceId).containsExactly("13");
    assertThat(r.rejections())
        .extracting(RejectedRow::reason)
        .contains(ImportLimits.FIELD_TOO_LONG);
  }

  @Test
  void ftmListWithAHugeNameOrATenMegabyteLineImportsTheRest() throws IOException {
    String lines = Files.readString(watchlists().resolve("opensanctions_ftm_sample.jsonl"));
    String bigName =
        "{\"id\":\"x1\",\"schema\":\"Person\",\"properties\":{\"name\":[\""
            + "B".repeat(20_000)
            + "\"]}}";
    String bigLine =
        "{\"id\":\"x2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + TEN_MB + "\"]}}";
    String file = bigName + "\n" + bigLine + "\n" + lines;
    List<PersonAlert> out = new ArrayList<>();
    ImportReport r = new FtmJsonImporter("OS", AlertAction.NOTIFY).importFrom(text(file), out::add);
    assertThat(r.added()).isEqualTo(4);
    assertThat(r.rejections())
        .containsExactly(
            new RejectedRow("line 1", "a name is longer than 10000 characters"),
            new RejectedRow("line 2", "line longer than 1000000 characters"));
  }

  @Test
  void ofacListWithOneTenMegabyteRemarkImportsTheRest(@TempDir Path tmp) throws IOException {
    Files.writeString(
        tmp.resolve("sdn.csv"),
        "1,\"DOE, John\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\""
            + TEN_MB
            + "\"\r\n"
            + "2,\"ROE, Rick\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
    List<PersonAlert> out = new ArrayList<>();
    ImportReport r = new OfacSdnImporter("OFAC", AlertAction.NOTIFY).importDirectory(tmp, out::add);
    assertThat(out).extracting(PersonAlert::sourceId).containsExactly("2");
    assertThat(r.rejected()).isEqualTo(1);
    assertThat(r.rejections().get(0).location()).isEqualTo("sdn.csv line 1");
  }

  @Test
  void aRejectionQuotingTheFileIsCut() {
    String csv = "id,surname,nationalities\nN1,DOE," + "Z".repeat(5000) + "\n";
    ImportReport r =
        new NationalListCsvImporter("NAT", AlertAction.NOTIFY).importFrom(text(csv), a -> {});
    assertThat(r.rejections().get(0).reason()).startsWith("unknown nationality ZZZ").hasSize(301);
  }
}
