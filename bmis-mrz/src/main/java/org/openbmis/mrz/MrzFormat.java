package org.openbmis.mrz;

/** The MRZ layouts this library reads and writes. */
public enum MrzFormat {
  /** Size-1 card, 3 lines of 30 characters (Doc 9303 Part 5). */
  TD1,
  /** Size-2 card, 2 lines of 36 characters (Doc 9303 Part 6). */
  TD2,
  /** Passport booklet, 2 lines of 44 characters (Doc 9303 Part 4). */
  TD3,
  /** Full-size visa, 2 lines of 44 characters (Doc 9303 Part 7, MRV-A). */
  MRVA,
  /** Small visa, 2 lines of 36 characters (Doc 9303 Part 7, MRV-B). */
  MRVB,
  /**
   * French national identity card issued before 2021: 2 lines of 36 characters, not an ICAO layout;
   * document number YYMM + department + serial, composite check digit over both lines.
   */
  FRENCH_ID
}
