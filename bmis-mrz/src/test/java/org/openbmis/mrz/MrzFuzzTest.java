package org.openbmis.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

/**
 * Coverage-guided fuzz tests of the MRZ library (Jazzer). Without {@code JAZZER_FUZZ} they replay
 * the inputs in {@code src/test/resources/org/openbmis/mrz/MrzFuzzTestInputs/<method>/} (seeds and
 * past crashes) as ordinary tests; {@code bench/fuzz.sh} fuzzes them for longer.
 */
class MrzFuzzTest {
  private static final Set<String> SYNTAX_CODES =
      Set.of("mrz.empty", "mrz.line_count", "mrz.line_length", "mrz.illegal_character");
  private final MrzParser parser = new MrzParser(TestData.CLOCK, true);

  /** Any text either parses into a result or is rejected with one of the four syntax codes. */
  @FuzzTest(maxDuration = "2m")
  void parseReturnsAResultOrASyntaxError(byte[] input) throws Exception {
    String text = new String(input, StandardCharsets.UTF_8);
    FuzzBudget.run(input.length, 4 << 20, 1024, () -> parseOrReject(text));
  }

  private void parseOrReject(String text) {
    try {
      MrzResult r = parser.parse(text);
      assertThat(r.format()).isNotNull();
      assertThat(r.lines()).isNotEmpty();
      r.valid();
    } catch (MrzSyntaxException e) {
      assertThat(SYNTAX_CODES).contains(e.code());
    }
  }

  /**
   * Whatever fields a caller gives, the generator either refuses them with an
   * IllegalArgumentException or writes an MRZ that the parser reads back with every check digit
   * valid and the same document number; every name field is exactly its length in MRZ characters.
   */
  @FuzzTest(maxDuration = "2m")
  void generatedMrzParsesBackWithValidCheckDigits(FuzzedDataProvider data) {
    MrzFormat format = data.pickValue(MrzFormat.values());
    MrzFields fields =
        new MrzFields(
            format,
            data.consumeString(3),
            data.consumeString(4),
            data.consumeString(16),
            data.consumeString(40),
            data.consumeString(40),
            data.consumeString(4),
            data.consumeBoolean() ? date(data) : null,
            data.pickValue(Sex.values()),
            data.consumeBoolean() ? date(data) : null,
            data.consumeString(20));
    int length = data.consumeInt(1, 60);
    String field =
        IcaoTransliterator.nameField(
            fields.primaryIdentifier(), fields.secondaryIdentifier(), length);
    assertThat(field).hasSize(length).matches("[A-Z0-9<]*");
    String mrz;
    try {
      mrz = MrzGenerator.generate(fields);
    } catch (IllegalArgumentException e) {
      return;
    }
    MrzResult r = parser.parse(mrz);
    assertThat(r.format()).isEqualTo(format);
    assertThat(r.checkDigitsValid()).as("check digits of %s", r.checkDigits()).isTrue();
  }

  private static LocalDate date(FuzzedDataProvider data) {
    return LocalDate.ofEpochDay(
        data.consumeLong(
            LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay()));
  }
}
