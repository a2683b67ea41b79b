package org.openbmis.app.admin;

import java.util.Collection;
import java.util.List;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.ActorHolder;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security sees it; carries the {@link Actor}. */
final class BmisPrincipal implements UserDetails, ActorHolder {

  private static final long serialVersionUID = 1L;

  private final Actor actor;
  private final String passwordHash;
  private final boolean enabled;
  private final boolean mustChangePassword;
  private final int credentialVersion;

  BmisPrincipal(
      Actor actor,
      String passwordHash,
      boolean enabled,
      boolean mustChangePassword,
      int credentialVersion) {
    this.actor = actor;
    this.passwordHash = passwordHash;
    this.enabled = enabled;
    this.mustChangePassword = mustChangePassword;
    this.credentialVersion = credentialVersion;
  }

  /** The account's credentials version when this principal was loaded (see {@link UserAccount}). */
  int credentialVersion() {
    return credentialVersion;
  }

  @Override
  public Actor actor() {
    return actor;
  }

  boolean mustChangePassword() {
    return mustChangePassword;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<SimpleGrantedAuthority> list =
        actor.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    return list;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return actor.username();
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }
}
