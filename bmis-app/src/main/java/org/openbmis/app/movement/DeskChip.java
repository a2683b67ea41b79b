package org.openbmis.app.movement;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.pki.ChipResult;
import org.openbmis.app.pki.ChipService;
import org.openbmis.chip.ChipFiles;
import org.springframework.stereotype.Component;

/**
 * The chip step of the inspection (issue 23): verifies the chip files before the inspection starts
 * (bytes that are not an SOD answer 422 and start nothing). The verdict then goes to {@link
 * MovementService#startInspection(StartInspectionCommand, ChipResult)}, which adds the chip's
 * conditions to the inspection's and writes the verdict with the inspection row, where the decision
 * reads it again.
 */
@Component
public class DeskChip {

  /**
   * An inspection answer with the chip's verdict, {@code "chip"} beside the inspection's fields.
   */
  public record InspectionWithChip(@JsonUnwrapped InspectionView inspection, ChipResult chip) {}

  private final ChipService chips;

  DeskChip(ChipService chips) {
    this.chips = chips;
  }

  /** Verifies the chip files against the printed MRZ (422 for bytes that are not an SOD). */
  public ChipResult verify(ChipFiles files, @Nullable String printedMrz) {
    return ChipResult.of(chips.verify(files, printedMrz));
  }
}
