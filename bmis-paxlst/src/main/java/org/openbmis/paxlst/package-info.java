/**
 * Advance passenger information: UN/EDIFACT PAXLST messages (D02B and D05B, passenger lists BGM 745
 * and crew lists BGM 250) read with StAEDI, with no framework.
 *
 * <p>Entry point: {@link org.openbmis.paxlst.PaxlstReader#read(byte[])} returns a {@link
 * org.openbmis.paxlst.PaxlstReading}: the messages found, what was cleaned to read them (characters
 * outside the UNOA repertoire, stray spaces between segments, trailing blanks in segment tags) and,
 * when the interchange cannot be read, the reasons (a CONTRL-style list of errors with the segment
 * where each was found). {@link org.openbmis.paxlst.PaxlstParts} puts a message sent in several
 * parts (UNH sequence of transfers, {@code 01:C ... 03:F}) back together, whatever order the parts
 * arrived in.
 *
 * <p>Expected outcomes are values; the reader throws nothing for bad input.
 */
package org.openbmis.paxlst;
