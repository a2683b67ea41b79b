package org.openbmis.app.visa;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * At exit: the length of stay (entry and exit days both count) and the days beyond the authorised
 * stay recorded at entry (0 when none was recorded).
 */
public record ExitAssessment(
    UUID travellerId,
    LocalDate entryDate,
    LocalDate exitDate,
    int lengthOfStayDays,
    @Nullable LocalDate authorisedUntil,
    int overstayDays,
    List<Reason> reasons) {

  public ExitAssessment {
    reasons = List.copyOf(reasons);
  }

  public boolean overstayed() {
    return overstayDays > 0;
  }
}
