package org.openbmis.paxlst;

/**
 * Where a message sits in a multi-part transfer: UNH common access reference (element 3) and
 * sequence of transfers (element 4: number and C, continuing, or F, final). A message sent whole is
 * part 1, final, with no reference.
 */
public record MessagePart(String reference, int number, boolean last) {

  /** A message sent in one piece. */
  public static final MessagePart WHOLE = new MessagePart(null, 1, true);

  public boolean whole() {
    return number == 1 && last;
  }
}
