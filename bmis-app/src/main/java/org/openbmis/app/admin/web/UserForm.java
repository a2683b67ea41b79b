package org.openbmis.app.admin.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.openbmis.app.admin.CreateUserCommand;
import org.openbmis.app.shared.Role;

/** The form behind "new user"; validated as a {@link CreateUserCommand}. */
public class UserForm {

  private String username;
  private String fullName;
  private Set<Role> roles = EnumSet.noneOf(Role.class);
  private UUID postId;
  private UUID deskId;
  private String password;

  CreateUserCommand toCommand() {
    return new CreateUserCommand(
        username,
        fullName,
        roles == null ? Set.of() : roles,
        postId,
        deskId,
        password == null || password.isEmpty() ? null : password);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public Set<Role> getRoles() {
    return roles;
  }

  public void setRoles(Set<Role> roles) {
    this.roles = roles;
  }

  public UUID getPostId() {
    return postId;
  }

  public void setPostId(UUID postId) {
    this.postId = postId;
  }

  public UUID getDeskId() {
    return deskId;
  }

  public void setDeskId(UUID deskId) {
    this.deskId = deskId;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
