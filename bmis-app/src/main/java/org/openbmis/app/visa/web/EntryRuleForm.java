package org.openbmis.app.visa.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.openbmis.app.visa.CreateEntryRuleCommand;
import org.openbmis.app.visa.DocumentCategory;
import org.openbmis.app.visa.EntryPolicy;
import org.springframework.format.annotation.DateTimeFormat;

/** The new-rule form; empty fields are "any" or "none". */
public class EntryRuleForm {

  private String nationality;
  private DocumentCategory documentCategory;
  private String purpose;
  private EntryPolicy policy = EntryPolicy.VISA_EXEMPT;
  private Integer maxDays;
  private Integer periodDays;
  private Integer daysGranted;
  private BigDecimal fee;
  private String currency;
  private String text;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate validFrom;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate validUntil;

  /** The command; an {@link IllegalArgumentException} when the nationality is missing. */
  CreateEntryRuleCommand toCommand() {
    if (nationality == null || !nationality.trim().matches("[A-Za-z]{1,3}|\\*")) {
      throw new IllegalArgumentException("nationality");
    }
    return new CreateEntryRuleCommand(
        nationality.trim().toUpperCase(Locale.ROOT),
        documentCategory,
        blank(purpose),
        policy,
        maxDays,
        periodDays,
        daysGranted,
        fee,
        currency == null || currency.isBlank() ? null : currency.trim().toUpperCase(Locale.ROOT),
        blank(text),
        validFrom,
        validUntil);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public String getNationality() {
    return nationality;
  }

  public void setNationality(String v) {
    nationality = v;
  }

  public DocumentCategory getDocumentCategory() {
    return documentCategory;
  }

  public void setDocumentCategory(DocumentCategory v) {
    documentCategory = v;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String v) {
    purpose = v;
  }

  public EntryPolicy getPolicy() {
    return policy;
  }

  public void setPolicy(EntryPolicy v) {
    policy = v;
  }

  public Integer getMaxDays() {
    return maxDays;
  }

  public void setMaxDays(Integer v) {
    maxDays = v;
  }

  public Integer getPeriodDays() {
    return periodDays;
  }

  public void setPeriodDays(Integer v) {
    periodDays = v;
  }

  public Integer getDaysGranted() {
    return daysGranted;
  }

  public void setDaysGranted(Integer v) {
    daysGranted = v;
  }

  public BigDecimal getFee() {
    return fee;
  }

  public void setFee(BigDecimal v) {
    fee = v;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String v) {
    currency = v;
  }

  public String getText() {
    return text;
  }

  public void setText(String v) {
    text = v;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate v) {
    validFrom = v;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(LocalDate v) {
    validUntil = v;
  }
}
