package org.openbmis.app.traveller;

/** Masks document numbers for logs and audit details. */
public final class DocumentNumbers {

  private DocumentNumbers() {}

  /** Keeps the last three characters: {@code L898902C3} becomes {@code ******2C3}. */
  public static String mask(String number) {
    if (number == null || number.length() <= 3) {
      return "***";
    }
    return "*".repeat(number.length() - 3) + number.substring(number.length() - 3);
  }
}
