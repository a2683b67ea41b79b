package org.openbmis.app.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.NodeChanges;
import org.springframework.stereotype.Component;

/**
 * Loads principals (account, post and desk) and keeps them for a few seconds so that API calls do
 * not re-read the account on every request. Changes to an account evict it at once.
 */
@Component
class PrincipalCache {

  private static final Duration TTL = Duration.ofSeconds(30);

  private record Entry(BmisPrincipal principal, Instant loadedAt) {}

  private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();
  private final UserRepository users;
  private final PostRepository posts;
  private final Clock clock;

  private final NodeChanges changes;

  PrincipalCache(UserRepository users, PostRepository posts, Clock clock, NodeChanges changes) {
    this.users = users;
    this.posts = posts;
    this.clock = clock;
    this.changes = changes;
    // an account changed in another central process (ADR 0027)
    changes.onChange(NodeChanges.ACCOUNTS, cache::clear);
  }

  Optional<BmisPrincipal> load(String username) {
    Instant now = clock.instant();
    Entry e = cache.get(username);
    if (e != null && e.loadedAt().plus(TTL).isAfter(now)) {
      return Optional.of(e.principal());
    }
    Optional<BmisPrincipal> loaded = users.findByUsername(username).map(this::principal);
    loaded.ifPresentOrElse(
        p -> cache.put(username, new Entry(p, now)), () -> cache.remove(username));
    return loaded;
  }

  /** Forgets the account here now, and in every process sharing the database within seconds. */
  void evict(String username) {
    cache.remove(username);
    changes.changed(NodeChanges.ACCOUNTS);
  }

  private BmisPrincipal principal(UserAccount u) {
    String postCode = null;
    DeskSummary desk = null;
    if (u.postId() != null) {
      postCode = posts.findById(u.postId()).map(BorderPostSummary::code).orElse(null);
      desk =
          u.deskId() != null
              ? posts.desk(u.deskId()).orElse(null)
              : posts.desks(u.postId()).stream().findFirst().orElse(null);
    }
    UUID deskId = desk != null ? desk.id() : u.deskId();
    // the audit names the desk only when the user chose it or was given it: the post's first desk
    // stands in for movements, but nobody is known to work there
    String deskCode = desk != null && u.deskId() != null ? desk.code() : null;
    Actor actor =
        new Actor(u.id(), u.username(), u.roles(), u.postId(), postCode, deskId, deskCode);
    return new BmisPrincipal(
        actor, u.passwordHash(), u.enabled(), u.mustChangePassword(), u.credentialVersion());
  }
}
