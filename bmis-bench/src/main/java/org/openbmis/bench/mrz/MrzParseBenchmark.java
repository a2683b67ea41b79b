package org.openbmis.bench.mrz;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openbmis.mrz.MrzParser;
import org.openbmis.mrz.MrzResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Parse + validate of one MRZ (every check digit, dates, state codes, OCR proposals). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MrzParseBenchmark {
  private final MrzParser parser =
      new MrzParser(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC), true);

  private final String td3 =
      "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
          + "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
  private final String td1LongNumber =
      "IDBEL000590240<6013<<<<<<<<<<<\n"
          + "8512017F1311048BEL851201002007\n"
          + "REINARTZ<<ULRIKE<KATIA<E<<<<<<";
  private final String td3Ocr =
      "P<UT0ERIK55ON<<ANNA<MAR1A<<<<<<<<<<<<<<<<<<<\n"
          + "L898902C36UTO740BIZZF12041S9ZE184226B<<<<<1O";

  /** A valid passport. */
  @Benchmark
  public MrzResult validTd3() {
    return parser.parse(td3);
  }

  /** A valid identity card with a long document number. */
  @Benchmark
  public MrzResult validTd1LongNumber() {
    return parser.parse(td1LongNumber);
  }

  /** An OCR-damaged passport: every check fails and corrections are searched. */
  @Benchmark
  public MrzResult ocrDamagedTd3() {
    return parser.parse(td3Ocr);
  }
}
