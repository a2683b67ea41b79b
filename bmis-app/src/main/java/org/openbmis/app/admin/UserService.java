package org.openbmis.app.admin;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.AccessDeniedProblem;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.InvalidInputProblem;
import org.openbmis.app.shared.NotFoundProblem;
import org.openbmis.app.shared.Role;
import org.openbmis.app.shared.Uuids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: created and managed by administrators; each user changes their own password. */
@Service
public class UserService {

  /** A created user and, when it was generated, the one-time password to hand over. */
  public record CreatedUser(UserSummary user, @Nullable String oneTimePassword) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private final UserRepository users;
  private final PostService posts;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final Clock clock;
  private final PrincipalCache principals;
  private final PasswordPolicy policy;
  private final ApiTokenService tokens;
  private final ApplicationEventPublisher events;

  UserService(
      UserRepository users,
      PostService posts,
      PasswordEncoder encoder,
      AuditLog audit,
      Clock clock,
      PrincipalCache principals,
      PasswordPolicy policy,
      ApiTokenService tokens,
      ApplicationEventPublisher events) {
    this.users = users;
    this.posts = posts;
    this.encoder = encoder;
    this.audit = audit;
    this.clock = clock;
    this.principals = principals;
    this.policy = policy;
    this.tokens = tokens;
    this.events = events;
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public List<UserSummary> users() {
    return users.findAll().stream().map(UserAccount::summary).toList();
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public CreatedUser createUser(CreateUserCommand cmd) {
    if (cmd.password() != null) {
      policy.check(cmd.username(), cmd.password(), "password");
    }
    return create(cmd, cmd.password() == null);
  }

  /** Creates a user without a permission check: first start and demo seeding only. */
  @Transactional
  CreatedUser create(CreateUserCommand cmd, boolean mustChange) {
    if (users.findByUsername(cmd.username()).isPresent()) {
      throw new ConflictProblem("admin.username_taken", "This username is taken.");
    }
    if (cmd.roles().stream().anyMatch(Role::worksAtPost) && cmd.postId() == null) {
      throw invalid("postId", "admin.post_required", "Officers and supervisors need a post.");
    }
    if (cmd.postId() != null) {
      posts.post(cmd.postId());
    }
    if (cmd.deskId() != null) {
      requireDeskAt(cmd.deskId(), cmd.postId());
    }
    String password = cmd.password() == null ? generatePassword() : cmd.password();
    var account =
        new UserAccount(
            Uuids.timeOrdered(),
            cmd.username(),
            cmd.fullName(),
            encoder.encode(password),
            cmd.roles(),
            cmd.postId(),
            cmd.deskId(),
            true,
            mustChange);
    users.insert(account, clock.instant());
    events.publishEvent(new UserAccountChanged(account.id()));
    audit.record(
        "admin.user_created", "user", account.id(), AuditLog.Outcome.SUCCESS, cmd.username());
    return new CreatedUser(account.summary(), cmd.password() == null ? password : null);
  }

  /** The signed-in user changes their own password. */
  @PreAuthorize("isAuthenticated()")
  @Transactional
  public void changeOwnPassword(String current, String replacement) {
    Actor actor = CurrentActor.get();
    UserAccount account = account(actor.userId());
    if (!encoder.matches(current, account.passwordHash())) {
      audit.record("admin.password_change", "user", actor.userId(), AuditLog.Outcome.DENIED, null);
      throw invalid("currentPassword", "admin.password_wrong", "The current password is wrong.");
    }
    if (replacement.equals(current)) {
      throw invalid("newPassword", "admin.password_reused", "Choose a new password.");
    }
    policy.check(account.username(), replacement, "newPassword");
    users.updatePassword(account.id(), encoder.encode(replacement), false, clock.instant());
    credentialsChanged(account, "password_changed");
    audit.record("admin.password_change", "user", actor.userId(), AuditLog.Outcome.SUCCESS, null);
    // this session goes on under the new credentials; the user's other sessions end
    principals
        .load(account.username())
        .ifPresent(
            p -> {
              var signedIn = SecurityContextHolder.getContext().getAuthentication();
              var fresh =
                  UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities());
              fresh.setDetails(signedIn == null ? null : signedIn.getDetails());
              SecurityContextHolder.getContext().setAuthentication(fresh);
            });
  }

  /**
   * An administrator changes a user's roles and post (and desk, which must be at that post). The
   * user's sessions and API tokens end.
   */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public UserSummary changeAccess(
      UUID userId, Set<Role> roles, @Nullable UUID postId, @Nullable UUID deskId) {
    UserAccount account = account(userId);
    if (roles.stream().anyMatch(Role::worksAtPost) && postId == null) {
      throw invalid("postId", "admin.post_required", "Officers and supervisors need a post.");
    }
    if (postId != null) {
      posts.post(postId);
    }
    if (deskId != null) {
      requireDeskAt(deskId, postId);
    }
    users.updateAccess(userId, roles, postId, deskId);
    credentialsChanged(account, "account_changed");
    audit.record(
        "admin.user_access_changed",
        "user",
        userId,
        AuditLog.Outcome.SUCCESS,
        UserRepository.roles(roles) + (postId == null ? "" : " post " + postId));
    return account(userId).summary();
  }

  /** The version moved on (in the repository): drop the cached principal and end the tokens. */
  private void credentialsChanged(UserAccount account, String reason) {
    events.publishEvent(new UserAccountChanged(account.id()));
    principals.evict(account.username());
    tokens.revokeAllOf(account.id(), reason);
  }

  /** An administrator resets a password: a one-time password to change at next sign-in. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public String resetPassword(UUID userId) {
    UserAccount account = account(userId);
    String password = generatePassword();
    users.updatePassword(userId, encoder.encode(password), true, clock.instant());
    credentialsChanged(account, "password_changed");
    audit.record("admin.password_reset", "user", userId, AuditLog.Outcome.SUCCESS, null);
    return password;
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void setEnabled(UUID userId, boolean enabled) {
    UserAccount account = account(userId);
    users.updateEnabled(userId, enabled);
    credentialsChanged(account, enabled ? "account_changed" : "account_disabled");
    audit.record(
        enabled ? "admin.user_enabled" : "admin.user_disabled",
        "user",
        userId,
        AuditLog.Outcome.SUCCESS,
        null);
  }

  /** Officers and supervisors choose the desk they work at, at their own post. */
  @PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR')")
  @Transactional
  public void chooseDesk(UUID deskId) {
    Actor actor = CurrentActor.get();
    requireDeskAt(deskId, actor.postId());
    users.updateDesk(actor.userId(), deskId);
    events.publishEvent(new UserAccountChanged(actor.userId()));
    principals.evict(actor.username());
    audit.record("admin.desk_chosen", "desk", deskId, AuditLog.Outcome.SUCCESS, null);
  }

  @Transactional(readOnly = true)
  public UserSummary user(UUID id) {
    return account(id).summary();
  }

  boolean noUsers() {
    return users.count() == 0;
  }

  /** Checks the first administrator's given password against the password rules. */
  void checkPassword(String username, String password) {
    policy.check(username, password, "password");
  }

  private void requireDeskAt(UUID deskId, @Nullable UUID postId) {
    DeskSummary desk =
        posts
            .desk(deskId)
            .orElseThrow(() -> new NotFoundProblem("admin.desk_not_found", "No such desk."));
    if (!desk.postId().equals(postId)) {
      throw new AccessDeniedProblem("admin.desk_other_post", "This desk belongs to another post.");
    }
  }

  private UserAccount account(UUID id) {
    return users
        .findById(id)
        .orElseThrow(() -> new NotFoundProblem("admin.user_not_found", "No such user."));
  }

  private static InvalidInputProblem invalid(String field, String code, String message) {
    return new InvalidInputProblem(
        code, message, List.of(new InvalidInputProblem.FieldError(field, code, message)));
  }

  static String generatePassword() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
