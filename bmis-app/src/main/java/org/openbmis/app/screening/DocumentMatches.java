package org.openbmis.app.screening;

import java.util.Locale;
import org.openbmis.screening.Confidentiality;
import org.openbmis.screening.DocumentHit;

/**
 * Scores a document hit: 1.0 for the same number and issuing state, 0.95 for the same number when
 * the query gave no state (or the record has none), 0.9 when the numbers agree only after folding
 * OCR confusions (O/0, I/1, S/5...). Document alerts are RESTRICTED: every officer sees them.
 */
final class DocumentMatches {

  private DocumentMatches() {}

  static Match of(ListState list, DocumentAlertRepository.Row r, DocumentHit h) {
    double score = !h.exactNumber() ? 0.9 : h.stateMatches() ? 1.0 : 0.95;
    String text =
        String.format(
            Locale.ROOT,
            "document %s issued by %s reported %s%s%s: %s, %s",
            r.number(),
            r.issuingState(),
            r.reason(),
            r.reportedOn() == null ? "" : " on " + r.reportedOn(),
            r.source() == null ? "" : " by " + r.source(),
            h.exactNumber() ? "same number" : "same number after OCR confusions",
            h.stateMatches() ? "same issuing state" : "issuing state not compared");
    return new Match(
        ListKind.DOCUMENT,
        list.code(),
        list.version(),
        r.sourceId(),
        "D:" + list.code() + ":" + r.sourceId(),
        r.hash(),
        score,
        list.action(),
        null,
        text,
        Confidentiality.RESTRICTED,
        r.reason().name(),
        r.source(),
        list.threshold());
  }
}
