package org.openbmis.app.shared;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the acting user from the security context. */
public final class CurrentActor {

  private CurrentActor() {}

  public static Optional<Actor> find() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof ActorHolder holder) {
      return Optional.of(holder.actor());
    }
    return Optional.empty();
  }

  /** The acting user; an {@link AccessDeniedProblem} when nobody is signed in. */
  public static Actor get() {
    return find().orElseThrow(() -> new AccessDeniedProblem("auth.required", "Sign in first."));
  }
}
