package org.openbmis.app.screening;

import java.util.List;
import java.util.Locale;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.mrz.Sex;
import org.openbmis.screening.AlertAction;
import org.openbmis.screening.Confidentiality;
import org.openbmis.screening.DateOfBirth;
import org.openbmis.screening.IdentityDocument;
import org.openbmis.screening.NameKind;
import org.openbmis.screening.PersonAlert;
import org.openbmis.screening.PersonAlertBuilder;

/** Turns a proposed national alert into a validated {@link PersonAlert}. */
final class NationalAlerts {

  private NationalAlerts() {}

  static PersonAlert toAlert(
      String list, String sourceId, AlertAction def, NationalAlertCommand c) {
    try {
      if (c.primaryName() == null || c.primaryName().isBlank()) {
        throw new IllegalArgumentException("primaryName is required");
      }
      PersonAlertBuilder b = PersonAlert.builder(list, sourceId);
      String given = c.givenNames() == null ? "" : c.givenNames();
      b.name((c.primaryName().strip() + " " + given).strip(), NameKind.PRIMARY);
      list(c.aliases()).forEach(a -> b.name(a, NameKind.ALIAS));
      b.name(c.originalScript(), NameKind.ORIGINAL_SCRIPT);
      list(c.datesOfBirth()).forEach(d -> b.dateOfBirth(dob(d)));
      list(c.nationalities()).forEach(b::nationality);
      boolean hasSex = c.sex() != null && !c.sex().isBlank();
      b.sex(hasSex ? Sex.fromMrz(c.sex().strip().toUpperCase(Locale.ROOT).charAt(0)) : null);
      for (String d : list(c.documents())) {
        int colon = d.indexOf(':');
        b.document(
            colon < 0
                ? new IdentityDocument(d, null, null)
                : new IdentityDocument(
                    d.substring(0, colon), d.substring(colon + 1).strip(), null));
      }
      b.action(c.action() == null ? def : c.action())
          .reason(c.reason())
          .issuingAgency(c.issuingAgency())
          .validity(c.validFrom(), c.validUntil())
          .confidentiality(
              c.confidentiality() == null ? Confidentiality.RESTRICTED : c.confidentiality());
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputProblem("screening.alert_invalid", String.valueOf(e.getMessage()));
    }
  }

  static DateOfBirth dob(String s) {
    String t = s.strip();
    int dots = t.indexOf("..");
    return dots < 0
        ? DateOfBirth.parse(t)
        : DateOfBirth.range(
            Integer.parseInt(t.substring(0, dots).strip()),
            Integer.parseInt(t.substring(dots + 2).strip()));
  }

  private static List<String> list(List<String> l) {
    return l == null ? List.of() : l.stream().filter(s -> s != null && !s.isBlank()).toList();
  }
}
