package org.openbmis.mrz;

/**
 * National variants of the Cyrillic table of Doc 9303 Part 3 section 6 (the recommended table for
 * Cyrillic is based on Russian; the national columns of the same section list alternatives). Latin
 * and Arabic are the same in every variant.
 */
public enum TransliterationVariant {
  /** The default Doc 9303 table (Russian base): Ж ZH, Х KH, Ц TS, Ч CH, Ш SH, Щ SHCH. */
  ICAO,
  /** Belarusian: Г H, Ё IO. */
  BELARUSIAN,
  /** Bulgarian: Щ SHT. */
  BULGARIAN,
  /** Macedonian: Ѓ GJ, Ќ KJ, Ѕ DZ, Џ DJ, Х H, Ц C. */
  MACEDONIAN,
  /** Serbian: Ж Z, Ч C, Ш S, Ц C, Х H, Ђ D, Ћ C, Ј J, Љ LJ, Њ NJ, Џ DZ. */
  SERBIAN,
  /** Ukrainian: И Y, Г G, Є IE, Ї I. */
  UKRAINIAN
}
