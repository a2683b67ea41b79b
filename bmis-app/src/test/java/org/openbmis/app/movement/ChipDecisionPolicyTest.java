package org.openbmis.app.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbmis.app.pki.ChipResult;
import org.openbmis.chip.ChipProblem;
import org.openbmis.chip.DataGroupCheck;

/** The chip's verdict in the desk's decision policy (issue 23), without Spring or a database. */
class ChipDecisionPolicyTest {

  static ChipResult chip(String status, Boolean mrzMatches, String... problems) {
    return new ChipResult(
        status,
        !status.equals("INVALID"),
        status.equals("UNKNOWN_SIGNER") ? null : !status.equals("INVALID"),
        List.of(new DataGroupCheck(1, true)),
        new ChipResult.Signer("CN=DS", "DE", null),
        mrzMatches,
        null,
        java.util.Arrays.stream(problems).map(c -> new ChipProblem(c, c)).toList(),
        List.of(),
        null);
  }

  static DecisionPolicy.Assessment assess(ChipResult chip) {
    return DecisionPolicy.assess(
        DecisionPolicyTest.facts(DecisionPolicyTest.valid(), Direction.EXIT, false, null), chip);
  }

  static List<String> codes(List<Condition> conditions) {
    return conditions.stream().map(Condition::code).toList();
  }

  @Test
  void validChipAndNoChipChangeNothing() {
    assertThat(assess(chip("VALID", true)).proposed()).isEqualTo(Decision.ADMITTED);
    assertThat(assess(null).proposed()).isEqualTo(Decision.ADMITTED);
    assertThat(assess(chip("VALID", null)).blocking()).isEmpty();
  }

  @Test
  void invalidChipBlocksAndSaysWhy() {
    var a = assess(chip("INVALID", true, "chip.data_group_hash_invalid"));

    assertThat(a.proposed()).isEqualTo(Decision.REFERRED);
    assertThat(codes(a.blocking())).containsExactly("chip.invalid");
    assertThat(a.blocking().get(0).message()).contains("chip.data_group_hash_invalid");
  }

  @Test
  void mrzMismatchBlocksEvenOnAnAuthenticChip() {
    var a = assess(chip("VALID", false, "chip.mrz_mismatch"));

    assertThat(a.proposed()).isEqualTo(Decision.REFERRED);
    assertThat(codes(a.blocking())).containsExactly("chip.mrz_mismatch");
  }

  @Test
  void unknownSignerOnlyWarns() {
    var a = assess(chip("UNKNOWN_SIGNER", true, "chip.unknown_signer"));

    assertThat(a.proposed()).isEqualTo(Decision.ADMITTED);
    assertThat(codes(a.warnings())).contains("chip.unknown_signer");
  }
}
