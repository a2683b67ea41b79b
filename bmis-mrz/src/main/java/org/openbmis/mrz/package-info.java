/**
 * Machine-readable zones of travel documents (ICAO Doc 9303): parsing, validation, generation and
 * name transliteration, with no runtime dependencies.
 *
 * <p>Entry points: {@link org.openbmis.mrz.MrzParser} (text to {@link org.openbmis.mrz.MrzResult}),
 * {@link org.openbmis.mrz.MrzGenerator} (fields to text), {@link
 * org.openbmis.mrz.IcaoTransliterator} (names to the MRZ alphabet, Doc 9303 Part 3 section 6),
 * {@link org.openbmis.mrz.NameMatcher} (comparing names across spellings), {@link
 * org.openbmis.mrz.CheckDigit} (Doc 9303 Part 3 section 4.9) and {@link
 * org.openbmis.mrz.CountryCodes} (Doc 9303 Part 3 section 5).
 *
 * <p>Expected outcomes are values: a parse reports every field and every check, valid or not. Only
 * text that does not have the shape of an MRZ raises {@link org.openbmis.mrz.MrzSyntaxException}.
 */
package org.openbmis.mrz;
