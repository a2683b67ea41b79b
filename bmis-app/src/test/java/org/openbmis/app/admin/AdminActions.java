package org.openbmis.app.admin;

import java.util.UUID;
import java.util.function.Supplier;
import org.openbmis.app.TestAccounts;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Administrator actions without a screen's form, for tests in other packages. */
public final class AdminActions {

  private AdminActions() {}

  /** Disables or enables an account, as the test administrator of this context. */
  public static void setEnabled(ApplicationContext context, UUID userId, boolean enabled) {
    BmisPrincipal admin =
        context.getBean(PrincipalCache.class).load(TestAccounts.ADMIN).orElseThrow();
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    try {
      context.getBean(UserService.class).setEnabled(userId, enabled);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /** Runs {@code action} signed in as {@code username} (an account of this context). */
  public static <T> T as(ApplicationContext context, String username, Supplier<T> action) {
    BmisPrincipal user = context.getBean(PrincipalCache.class).load(username).orElseThrow();
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    try {
      return action.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
