package org.openbmis.screening.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.openbmis.mrz.Sex;
import org.openbmis.screening.AlertAction;
import org.openbmis.screening.DateOfBirth;
import org.openbmis.screening.IdentityDocument;
import org.openbmis.screening.NameKind;
import org.openbmis.screening.PersonAlert;
import org.openbmis.screening.PersonAlertBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads FollowTheMoney entities, one JSON object per line (the OpenSanctions export format). {@code
 * Person} entities become alerts (other schemata are skipped); the source id is the entity {@code
 * id}. Properties used: name (first primary, others aliases), alias, weakAlias, birthDate,
 * nationality and citizenship (ISO alpha-2), gender, passportNumber, idNumber. A line that is not
 * valid JSON, longer than {@link ImportLimits#MAX_LINE} characters or with a field over {@link
 * ImportLimits#MAX_FIELD} characters is rejected with its line number.
 */
public final class FtmJsonImporter {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final String listCode;
  private final AlertAction action;

  /**
   * An importer.
   *
   * @param listCode the list code, e.g. {@code "OPENSANCTIONS"}
   * @param action the action of the list
   */
  public FtmJsonImporter(String listCode, AlertAction action) {
    this.listCode = listCode;
    this.action = action;
  }

  /**
   * Streams the lines into a sink.
   *
   * @param jsonLines UTF-8 JSON lines
   * @param sink receives every accepted alert
   * @return the report
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ImportReport importFrom(InputStream jsonLines, Consumer<PersonAlert> sink) {
    ImportLog log = new ImportLog("ftm-json");
    try (Reader in = new InputStreamReader(jsonLines, StandardCharsets.UTF_8)) {
      LineReader r = new LineReader(in, ImportLimits.MAX_LINE);
      int lineNo = 0;
      for (String line = r.next(); line != null; line = r.next()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        log.read();
        if (r.tooLong()) {
          log.reject("line " + lineNo, "line longer than " + ImportLimits.MAX_LINE + " characters");
          continue;
        }
        try {
          entity(JSON.readTree(line), "line " + lineNo, log, sink);
        } catch (JacksonException e) {
          log.reject("line " + lineNo, "not valid JSON: " + e.getOriginalMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return log.report();
  }

  private void entity(JsonNode e, String where, ImportLog log, Consumer<PersonAlert> sink) {
    if (!e.path("schema").asString("").equals("Person")) {
      log.skipped();
      return;
    }
    String id = e.path("id").asString("");
    if (id.isBlank()) {
      log.reject(where, "no id");
      return;
    }
    JsonNode p = e.path("properties");
    PersonAlertBuilder b = PersonAlert.builder(listCode, id).action(action);
    p.path("name")
        .forEach(n -> b.name(n.asString(""), b.hasName() ? NameKind.ALIAS : NameKind.PRIMARY));
    p.path("alias").forEach(n -> b.name(n.asString(""), NameKind.ALIAS));
    p.path("weakAlias").forEach(n -> b.name(n.asString(""), NameKind.WEAK_ALIAS));
    if (!b.hasName()) {
      log.reject(where, "entity " + id + " has no name");
      return;
    }
    p.path("birthDate").forEach(d -> b.dateOfBirth(date(d.asString(""))));
    p.path("nationality")
        .forEach(c -> b.nationality(Countries.standard().alpha3(c.asString("")).orElse(null)));
    p.path("citizenship")
        .forEach(c -> b.nationality(Countries.standard().alpha3(c.asString("")).orElse(null)));
    p.path("gender")
        .forEach(
            g ->
                b.sex(
                    g.asString("").equals("male")
                        ? Sex.MALE
                        : g.asString("").equals("female") ? Sex.FEMALE : null));
    p.path("passportNumber").forEach(n -> b.document(doc(n.asString(""), "Passport")));
    p.path("idNumber").forEach(n -> b.document(doc(n.asString(""), "ID")));
    b.reason(String.join(", ", p.path("topics").valueStream().map(t -> t.asString("")).toList()));
    b.issuingAgency(
        "OpenSanctions: "
            + String.join(
                ", ", e.path("datasets").valueStream().map(t -> t.asString("")).toList()));
    try {
      sink.accept(ImportLimits.bounded(b.build()));
      log.added();
    } catch (IllegalArgumentException ex) {
      log.reject(where, ex.getMessage());
    }
  }

  private static IdentityDocument doc(String number, String type) {
    return number.isBlank() ? null : new IdentityDocument(number, null, type);
  }

  private static DateOfBirth date(String s) {
    try {
      return DateOfBirth.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (IllegalArgumentException ex) {
      return null;
    }
  }
}
