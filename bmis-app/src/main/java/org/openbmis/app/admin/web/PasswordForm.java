package org.openbmis.app.admin.web;

/**
 * The form behind "change my password"; validated as {@link AccountApiController.PasswordChange}.
 */
public class PasswordForm {

  private String currentPassword;
  private String newPassword;
  private String repeatPassword;

  AccountApiController.PasswordChange toCommand() {
    return new AccountApiController.PasswordChange(currentPassword, newPassword);
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatPassword() {
    return repeatPassword;
  }

  public void setRepeatPassword(String repeatPassword) {
    this.repeatPassword = repeatPassword;
  }
}
