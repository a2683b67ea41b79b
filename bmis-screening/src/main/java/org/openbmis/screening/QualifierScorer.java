package org.openbmis.screening;

import java.util.ArrayList;
import java.util.List;
import org.openbmis.mrz.Sex;

/** Weighs birth date, nationality, sex and document number of a query against an alert. */
final class QualifierScorer {
  static final double DOCUMENT_FLOOR = 0.9;

  private QualifierScorer() {}

  static List<QualifierEvidence> evaluate(ScreeningQuery q, PersonAlert a) {
    List<QualifierEvidence> out = new ArrayList<>(4);
    if (q.dateOfBirth() != null && !a.datesOfBirth().isEmpty()) {
      out.add(BirthDateEvidence.evaluate(q.dateOfBirth(), a.datesOfBirth()));
    }
    if (q.nationality() != null && !a.nationalities().isEmpty()) {
      boolean agrees = a.nationalities().contains(q.nationality());
      out.add(
          new QualifierEvidence(
              "nationality",
              agrees ? 0.02 : -0.1,
              q.nationality() + " vs listed " + a.nationalities()));
    }
    if (known(q.sex()) && known(a.sex())) {
      boolean agrees = q.sex() == a.sex();
      out.add(
          new QualifierEvidence("sex", agrees ? 0.0 : -0.15, q.sex() + " vs listed " + a.sex()));
    }
    QualifierEvidence doc = document(q, a);
    if (doc != null) {
      out.add(doc);
    }
    return out;
  }

  static boolean documentMatched(List<QualifierEvidence> evidence) {
    return evidence.stream().anyMatch(e -> e.qualifier().equals("document") && e.adjustment() > 0);
  }

  private static QualifierEvidence document(ScreeningQuery q, PersonAlert a) {
    if (q.documentNumber() == null || a.documents().isEmpty()) {
      return null;
    }
    String canon = DocumentNumberKey.canonical(q.documentNumber());
    for (IdentityDocument d : a.documents()) {
      if (DocumentNumberKey.canonical(d.number()).equals(canon)) {
        boolean stateConflict =
            q.issuingState() != null
                && d.issuingState() != null
                && !q.issuingState().equals(d.issuingState());
        if (!stateConflict) {
          boolean exact =
              DocumentNumberKey.normalise(d.number())
                  .equals(DocumentNumberKey.normalise(q.documentNumber()));
          return new QualifierEvidence(
              "document",
              0.3,
              d.number() + (exact ? " same number" : " same number after OCR folding"));
        }
      }
    }
    return null;
  }

  private static boolean known(Sex s) {
    return s != null && s != Sex.UNSPECIFIED;
  }
}
