package org.openbmis.app.visa.web;

import java.util.UUID;
import org.openbmis.app.visa.VisaOnArrivalCommand;

/** The visa-on-arrival form (the traveller and document come from the inspection screen). */
public class VisaOnArrivalForm {

  private String travellerId;
  private String documentNumber;
  private String feeReceipt;
  private String purpose;

  /** The command; an {@link IllegalArgumentException} when a field is missing or malformed. */
  VisaOnArrivalCommand toCommand() {
    if (travellerId == null
        || documentNumber == null
        || feeReceipt == null
        || feeReceipt.isBlank()) {
      throw new IllegalArgumentException("missing field");
    }
    return new VisaOnArrivalCommand(
        UUID.fromString(travellerId.trim()),
        documentNumber.trim().toUpperCase(java.util.Locale.ROOT),
        feeReceipt.trim(),
        null,
        purpose == null || purpose.isBlank() ? null : purpose);
  }

  public String getTravellerId() {
    return travellerId;
  }

  public void setTravellerId(String travellerId) {
    this.travellerId = travellerId;
  }

  public String getDocumentNumber() {
    return documentNumber;
  }

  public void setDocumentNumber(String documentNumber) {
    this.documentNumber = documentNumber;
  }

  public String getFeeReceipt() {
    return feeReceipt;
  }

  public void setFeeReceipt(String feeReceipt) {
    this.feeReceipt = feeReceipt;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }
}
