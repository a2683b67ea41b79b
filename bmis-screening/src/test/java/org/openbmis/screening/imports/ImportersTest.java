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
import org.openbmis.mrz.Sex;
import org.openbmis.screening.AlertAction;
import org.openbmis.screening.DateOfBirth;
import org.openbmis.screening.DocumentAlert;
import org.openbmis.screening.PersonAlert;

class ImportersTest {
  private static Path dir() {
    Path d =
        Paths.get(System.getProperty("testdata.dir", "../../shared/testdata"))
            .resolve("watchlists");
    Assumptions.assumeTrue(
        Files.isDirectory(d), "shared test data not found at " + d + " - skipping");
    return d;
  }

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void unFullListAndMalformedRecords() throws IOException {
    List<PersonAlert> out = new ArrayList<>();
    ImportReport r;
    try (InputStream in = Files.newInputStream(dir().resolve("full/UN_consolidated.xml"))) {
      r = new UnListImporter("UN", AlertAction.REFUSE_ENTRY).importFrom(in, out::add);
    }
    assertThat(r.read()).isEqualTo(1003);
    assertThat(r.added()).isEqualTo(730);
    assertThat(r.skipped()).isEqualTo(273);
    PersonAlert mansour =
        out.stream().filter(a -> a.sourceId().equals("TAi.011")).findFirst().orElseThrow();
    assertThat(mansour.nationalities()).containsExactly("AFG");
    assertThat(mansour.documents()).extracting(d -> d.number()).contains("SE-011697");
    assertThat(mansour.datesOfBirth()).contains(new DateOfBirth(1960, 0, 0, 1960, true));
    assertThat(mansour.contentHash()).hasSize(64).isEqualTo(mansour.contentHash());
    String bad =
        "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>X</FIRST_NAME></INDIVIDUAL>"
            + "<INDIVIDUAL><DATAID>2</DATAID><REFERENCE_NUMBER>R.2</REFERENCE_NUMBER></INDIVIDUAL>"
            + "<INDIVIDUAL><DATAID>3</DATAID><REFERENCE_NUMBER>R.3</REFERENCE_NUMBER><FIRST_NAME>OK</FIRST_NAME>"
            + "<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>19xx</DATE></INDIVIDUAL_DATE_OF_BIRTH></INDIVIDUAL>"
            + "<INDIVIDUAL><broken></INDIVIDUALS>";
    List<PersonAlert> few = new ArrayList<>();
    ImportReport br = new UnListImporter("UN", AlertAction.NOTIFY).importFrom(text(bad), few::add);
    assertThat(few).extracting(PersonAlert::sourceId).containsExactly("R.3");
    assertThat(br.rejections())
        .extracting(RejectedRow::reason)
        .contains("no REFERENCE_NUMBER", "no name")
        .anyMatch(s -> s.startsWith("unreadable XML"));
  }

  @Test
  void ofacFullSetWithCrlfAndEofByte() {
    List<PersonAlert> out = new ArrayList<>();
    ImportReport r =
        new OfacSdnImporter("OFAC", AlertAction.NOTIFY)
            .importDirectory(dir().resolve("full/ofac_sdn_2021-07"), out::add);
    assertThat(r.read()).isEqualTo(8976);
    assertThat(r.added()).isEqualTo(4620);
    assertThat(r.rejected()).isZero();
    PersonAlert z = out.stream().filter(a -> a.sourceId().equals("2676")).findFirst().orElseThrow();
    assertThat(z.datesOfBirth()).containsExactly(DateOfBirth.parse("1951-06-19"));
    assertThat(z.documents())
        .extracting(d -> d.number() + "/" + d.issuingState())
        .contains("1084010/EGY");
    assertThat(out.stream().filter(a -> a.sex() == Sex.FEMALE).count()).isGreaterThan(50);
  }

  @Test
  void ofacMalformedRowsAndOrphanComments(@TempDir Path tmp) throws IOException {
    Files.writeString(
        tmp.resolve("sdn.csv"),
        "1,\"DOE, John\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB circa 1960; nationality Iran.\"\r\n"
            + "x,broken row\r\n2,\"ACME\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
            + "3,\"UNTERMINATED, quote,\"individual\r\n\u001a");
    List<PersonAlert> out = new ArrayList<>();
    ImportReport r = new OfacSdnImporter("OFAC", AlertAction.NOTIFY).importDirectory(tmp, out::add);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).nationalities()).containsExactly("IRN");
    assertThat(out.get(0).datesOfBirth().get(0).approximate()).isTrue();
    assertThat(r.skipped()).isEqualTo(1);
    assertThat(r.rejected()).isEqualTo(2);
  }

  @Test
  void euAndFtmSamples() throws IOException {
    List<PersonAlert> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(dir().resolve("eu_fsf_excerpt.xml"))) {
      new EuFsfImporter("EU", AlertAction.NOTIFY).importFrom(in, out::add);
    }
    assertThat(out).hasSize(1);
    assertThat(out.get(0).sourceId()).isEqualTo("13");
    assertThat(out.get(0).nationalities()).containsExactly("IRQ");
    assertThat(out.get(0).datesOfBirth()).containsExactly(DateOfBirth.parse("1937-04-28"));
    List<PersonAlert> ftm = new ArrayList<>();
    ImportReport r;
    try (InputStream in = Files.newInputStream(dir().resolve("opensanctions_ftm_sample.jsonl"))) {
      r = new FtmJsonImporter("OS", AlertAction.NOTIFY).importFrom(in, ftm::add);
    }
    assertThat(r.added()).isEqualTo(4);
    assertThat(r.skipped()).isEqualTo(3);
    ImportReport bad =
        new FtmJsonImporter("OS", AlertAction.NOTIFY)
            .importFrom(
                text("{\"id\":1,\n{broken\n{\"schema\":\"Person\",\"id\":\"p\"}\n"), a -> {});
    assertThat(bad.rejected()).isEqualTo(3);
  }

  @Test
  void nationalCsvAndDocumentCsv() {
    String csv =
        "id,surname,given_names,aliases,date_of_birth,nationalities,sex,document_numbers,action\n"
            + "N1,Rashid,Omar,Abu Khalid|Омар Рашид,1971-03-04|1970..1972,SYR,M,N123:SYR,ARREST\n"
            + "N2,,,,,,,,\nN3,Doe,Jane,,1971-13-40,,F,,\nN4,Roe,Rick,,,XXX-Atlantis,,,\n";
    List<PersonAlert> out = new ArrayList<>();
    ImportReport r =
        new NationalListCsvImporter("NAT", AlertAction.REFER_TO_SECONDARY)
            .importFrom(text(csv), out::add);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).action()).isEqualTo(AlertAction.ARREST);
    assertThat(out.get(0).names()).hasSize(3);
    assertThat(r.rejected()).isEqualTo(3);
    String docs =
        "id,number,issuing_state,document_type,reason,reported_on,source\n1,L898902C3,UTO,P,STOLEN,2024-05-01,x\n2,,UTO,P,LOST,,\n3,X1,UTO,P,EATEN,,\n";
    List<DocumentAlert> d = new ArrayList<>();
    ImportReport dr = new DocumentCsvImporter("SLTD").importFrom(text(docs), d::add);
    assertThat(d).hasSize(1);
    assertThat(dr.rejected()).isEqualTo(2);
  }
}
