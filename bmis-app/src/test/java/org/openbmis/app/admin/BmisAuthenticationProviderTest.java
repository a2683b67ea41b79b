package org.openbmis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.Role;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * No timing difference between unknown and known usernames (issue 20: unknown answered in 16 ms,
 * known in 431 ms): both go through one password-hash check of the same kind.
 */
class BmisAuthenticationProviderTest {

  /** Counts the hash checks and remembers the hashes they were made against. */
  static final class CountingEncoder implements PasswordEncoder {
    final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    final List<String> checkedAgainst = new ArrayList<>();

    @Override
    public String encode(CharSequence raw) {
      return bcrypt.encode(raw);
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
      checkedAgainst.add(encoded);
      return bcrypt.matches(raw, encoded);
    }
  }

  final CountingEncoder encoder = new CountingEncoder();
  final PrincipalCache principals = mock(PrincipalCache.class);
  final AuditLog audit = mock(AuditLog.class);
  final BmisAuthenticationProvider provider =
      new BmisAuthenticationProvider(
          principals,
          encoder,
          new LoginThrottle(new AccessProperties(5, 30, null, null, 90, ""), Clock.systemUTC()),
          new DemoProperties(false),
          audit);

  static UsernamePasswordAuthenticationToken attempt(String username, String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
  }

  @Test
  void anUnknownUsernameGoesThroughTheSamePasswordHashCheckAsAKnownOne() {
    String hash = encoder.encode("the-real-password");
    var actor =
        new Actor(UUID.randomUUID(), "known.user", EnumSet.of(Role.ANALYST), null, null, null);
    when(principals.load("known.user"))
        .thenReturn(Optional.of(new BmisPrincipal(actor, hash, true, false, 0)));
    when(principals.load("nobody.here")).thenReturn(Optional.empty());

    assertThatThrownBy(() -> provider.authenticate(attempt("known.user", "a-wrong-guess")))
        .isInstanceOf(BadCredentialsException.class)
        .hasMessage("Wrong username or password.");
    assertThatThrownBy(() -> provider.authenticate(attempt("nobody.here", "a-wrong-guess")))
        .isInstanceOf(BadCredentialsException.class)
        .hasMessage("Wrong username or password.");

    assertThat(encoder.checkedAgainst).hasSize(2);
    assertThat(encoder.checkedAgainst.get(0)).isEqualTo(hash);
    String dummy = encoder.checkedAgainst.get(1);
    assertThat(dummy).isNotEqualTo(hash);
    assertThat(dummy.substring(0, 7)).as("same algorithm and cost").isEqualTo(hash.substring(0, 7));
  }

  @Test
  void aFailureForAnUnknownUsernameIsAuditedWithoutTheNameTyped() {
    when(principals.load(anyString())).thenReturn(Optional.empty());
    String typed = "'); drop table x; -- fake entry";
    assertThatThrownBy(() -> provider.authenticate(attempt(typed, "guess")))
        .isInstanceOf(BadCredentialsException.class);
    verify(audit)
        .record(
            eq(BmisAuthenticationProvider.UNKNOWN),
            any(),
            eq("auth.login"),
            eq("user"),
            any(),
            eq(AuditLog.Outcome.DENIED),
            eq("unknown username from unknown"));
    verify(audit, never()).record(eq(typed), any(), anyString(), any(), any(), any(), any());
  }
}
