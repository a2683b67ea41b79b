package org.openbmis.app.admin.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The audit search form; empty fields do not filter. */
public class AuditForm {

  private String username;
  private String action;
  private String subjectId;
  private String postCode;
  private String deskCode;
  private String period;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate from;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate to;

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public void setSubjectId(String subjectId) {
    this.subjectId = subjectId;
  }

  public String getPostCode() {
    return postCode;
  }

  public void setPostCode(String postCode) {
    this.postCode = postCode;
  }

  public String getDeskCode() {
    return deskCode;
  }

  public void setDeskCode(String deskCode) {
    this.deskCode = deskCode;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  /**
   * A quick period (today, the last 7 or 30 days, counting today) sets the dates; another value, or
   * none, keeps the dates typed.
   */
  void applyPeriod(LocalDate today) {
    int days =
        switch (period == null ? "" : period) {
          case "today" -> 1;
          case "last7" -> 7;
          case "last30" -> 30;
          default -> 0;
        };
    if (days > 0) {
      from = today.minusDays(days - 1L);
      to = today;
    }
  }

  /** How many filters narrow the search (the post of a supervisor, always set, not counted). */
  int activeFilters(boolean admin) {
    int n = 0;
    for (Object o : new Object[] {username, action, subjectId, deskCode, from, to}) {
      n += o == null ? 0 : 1;
    }
    return n + (admin && postCode != null ? 1 : 0);
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
