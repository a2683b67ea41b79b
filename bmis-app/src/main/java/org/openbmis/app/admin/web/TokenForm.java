package org.openbmis.app.admin.web;

/** The form behind "issue an API token"; validated as {@link AccountApiController.TokenRequest}. */
public class TokenForm {

  private String name;
  private Integer days = 90;

  AccountApiController.TokenRequest toRequest() {
    return new AccountApiController.TokenRequest(name, days == null ? 0 : days);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getDays() {
    return days;
  }

  public void setDays(Integer days) {
    this.days = days;
  }
}
