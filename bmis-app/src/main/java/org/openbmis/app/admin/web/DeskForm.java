package org.openbmis.app.admin.web;

/** The form behind "add a desk"; validated as {@link AdminApiController.CreateDeskRequest}. */
public class DeskForm {

  private String code;
  private String name;

  AdminApiController.CreateDeskRequest toRequest() {
    return new AdminApiController.CreateDeskRequest(code, name);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? null : code.toUpperCase(java.util.Locale.ROOT);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
