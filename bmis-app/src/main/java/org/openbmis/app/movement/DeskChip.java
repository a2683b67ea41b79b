package org.openbmis.app.movement;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.pki.ChipResult;
import org.openbmis.app.pki.ChipService;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.chip.ChipFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The chip step of the inspection (issue 23): verifies the chip files before the inspection starts
 * (bytes that are not an SOD answer 422 and start nothing), then adds the chip's blocking
 * conditions to the inspection's and keeps the verdict on {@code mov_inspection} so that the
 * decision applies them again. Composed beside {@link MovementService}, like {@link
 * DeskBiometrics}.
 */
@Component
public class DeskChip {

  /**
   * An inspection answer with the chip's verdict, {@code "chip"} beside the inspection's fields.
   */
  public record InspectionWithChip(@JsonUnwrapped InspectionView inspection, ChipResult chip) {}

  private final ChipService chips;
  private final MovementService movements;
  private final JdbcClient jdbc;

  DeskChip(ChipService chips, MovementService movements, JdbcClient jdbc) {
    this.chips = chips;
    this.movements = movements;
    this.jdbc = jdbc;
  }

  /** Verifies the chip files against the printed MRZ (422 for bytes that are not an SOD). */
  public ChipResult verify(ChipFiles files, @Nullable String printedMrz) {
    return ChipResult.of(chips.verify(files, printedMrz));
  }

  /** The inspection with the chip's conditions, its verdict kept for the decision. */
  public InspectionWithChip apply(InspectionView view, ChipResult chip) {
    var extra = DecisionPolicy.chipConditions(chip);
    List<Condition> blocking = new ArrayList<>(view.blocking());
    extra.blocking().forEach(blocking::add);
    List<InspectionWarning> warnings = new ArrayList<>(view.warnings());
    extra
        .warnings()
        .forEach(
            c -> warnings.add(new InspectionWarning(c.code(), "WARNING", "chip", c.message())));
    jdbc.sql(
            """
            update mov_inspection set chip_status = ?, chip_mrz_matches = ?, chip_country = ?,
              blocking = ? where id = ?""")
        .params(
            chip.status(),
            chip.mrzMatches(),
            chip.signer() == null ? null : truncate(chip.signer().country()),
            String.join(",", blocking.stream().map(Condition::code).toList()),
            view.id())
        .update();
    var updated =
        new InspectionView(
            view.id(),
            view.direction(),
            view.document(),
            view.traveller(),
            List.copyOf(warnings),
            view.history(),
            view.openStay(),
            view.previousRefusals(),
            view.startedAt(),
            view.suggestedPurpose(),
            view.suggestedTransportMode(),
            view.admission(),
            view.exitAssessment(),
            view.screening(),
            view.biometrics(),
            view.desk(),
            blocking.isEmpty() ? view.proposedDecision() : Decision.REFERRED,
            List.copyOf(blocking),
            !blocking.isEmpty() && movements.mayOverride(CurrentActor.get()),
            view.manifest());
    return new InspectionWithChip(updated, chip);
  }

  private static String truncate(String country) {
    return country.length() <= 3 ? country : country.substring(0, 3);
  }
}
