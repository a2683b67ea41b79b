package org.openbmis.app.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog;
import org.openbmis.app.shared.ConflictProblem;
import org.openbmis.app.shared.CurrentActor;
import org.openbmis.app.shared.NotFoundProblem;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of a sign-in: TOTP enrolment (a secret shown once as base32 and as an
 * otpauth:// URI, confirmed with a code), verification with a code or a single-use recovery code,
 * and the administrator's reset. Secrets never leave this class except at enrolment; every outcome
 * is audited.
 */
@Service
public class SecondFactorService {

  /** A secret to type or scan into an authenticator app. */
  public record Enrolment(String secret, String uri) {}

  /** How a code was taken; {@code recoveryCodesLeft} after a recovery code was used. */
  public record Verification(Outcome outcome, int recoveryCodesLeft) {}

  public enum Outcome {
    ACCEPTED,
    RECOVERY_CODE_ACCEPTED,
    REJECTED,
    BLOCKED
  }

  static final int RECOVERY_CODES = 10;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

  private final SecondFactorRepository factors;
  private final SecondFactorThrottle throttle;
  private final UserRepository users;
  private final SecretCipher cipher;
  private final AuditLog audit;
  private final Clock clock;

  SecondFactorService(
      SecondFactorRepository factors,
      SecondFactorThrottle throttle,
      UserRepository users,
      SecondFactorProperties properties,
      AuditLog audit,
      Clock clock) {
    this.factors = factors;
    this.throttle = throttle;
    this.users = users;
    this.cipher = new SecretCipher(properties.key());
    if (!cipher.encrypts()) {
      LoggerFactory.getLogger(SecondFactorService.class)
          .warn("BMIS_SECOND_FACTOR_KEY is not set: second-factor secrets are stored unencrypted");
    }
    this.audit = audit;
    this.clock = clock;
  }

  /** Whether the user has a confirmed second factor. */
  @Transactional(readOnly = true)
  public boolean enrolled(UUID userId) {
    return factors.find(userId).map(SecondFactorRepository.Factor::confirmed).orElse(false);
  }

  /** The secret to enrol for the signed-in user (the pending one if enrolment already began). */
  @PreAuthorize("isAuthenticated()")
  @Transactional
  public Enrolment enrolment() {
    Actor actor = CurrentActor.get();
    var existing = factors.find(actor.userId());
    if (existing.isPresent() && existing.get().confirmed()) {
      throw new ConflictProblem(
          "admin.second_factor_enrolled", "A second factor is already set up.");
    }
    byte[] secret;
    if (existing.isPresent()) {
      secret = cipher.open(existing.get().secret());
    } else {
      secret = new byte[20];
      RANDOM.nextBytes(secret);
      factors.savePending(actor.userId(), cipher.seal(secret), clock.instant());
    }
    String base32 = Base32.encode(secret);
    String account = URLEncoder.encode(actor.username(), StandardCharsets.UTF_8);
    String uri =
        "otpauth://totp/OpenBMIS:"
            + account.replace("+", "%20")
            + "?secret="
            + base32
            + "&issuer=OpenBMIS&algorithm=SHA1&digits=6&period=30";
    return new Enrolment(base32, uri);
  }

  /**
   * Confirms the pending enrolment with a code from the app; answers the recovery codes, shown once
   * (only their hashes are kept). Empty when the code is wrong.
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional
  public List<String> confirm(String code) {
    Actor actor = CurrentActor.get();
    var pending = factors.find(actor.userId()).filter(f -> !f.confirmed());
    if (pending.isEmpty() || throttle.isBlocked(actor.username())) {
      return List.of();
    }
    OptionalLong step =
        Totp.match(cipher.open(pending.get().secret()), digits(code), clock.instant(), 0);
    if (step.isEmpty() || !factors.confirm(actor.userId(), step.getAsLong(), clock.instant())) {
      throttle.failed(actor.username());
      audit.record(
          "auth.second_factor_enrolled", "user", actor.userId(), AuditLog.Outcome.DENIED, null);
      return List.of();
    }
    throttle.succeeded(actor.username());
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < RECOVERY_CODES; i++) {
      codes.add(recoveryCode());
    }
    factors.replaceRecoveryCodes(
        actor.userId(), codes.stream().map(c -> hash(actor.userId(), c)).toList());
    audit.record(
        "auth.second_factor_enrolled", "user", actor.userId(), AuditLog.Outcome.SUCCESS, null);
    return codes;
  }

  /** Checks the signed-in user's code: six digits from the app, or a recovery code. */
  @PreAuthorize("isAuthenticated()")
  @Transactional
  public Verification verify(String code) {
    Actor actor = CurrentActor.get();
    if (throttle.isBlocked(actor.username())) {
      audit.record(
          "auth.second_factor", "user", actor.userId(), AuditLog.Outcome.DENIED, "blocked");
      return new Verification(Outcome.BLOCKED, 0);
    }
    var factor = factors.find(actor.userId()).filter(SecondFactorRepository.Factor::confirmed);
    String digits = digits(code);
    if (factor.isPresent() && digits.length() == Totp.DIGITS) {
      OptionalLong step =
          Totp.match(
              cipher.open(factor.get().secret()), digits, clock.instant(), factor.get().lastStep());
      if (step.isPresent() && factors.accept(actor.userId(), step.getAsLong())) {
        throttle.succeeded(actor.username());
        audit.record(
            "auth.second_factor", "user", actor.userId(), AuditLog.Outcome.SUCCESS, "totp");
        return new Verification(Outcome.ACCEPTED, 0);
      }
    } else if (factor.isPresent()) {
      if (factors.useRecoveryCode(actor.userId(), hash(actor.userId(), digits), clock.instant())) {
        throttle.succeeded(actor.username());
        int left = factors.recoveryCodesLeft(actor.userId());
        audit.record(
            "auth.recovery_code_used",
            "user",
            actor.userId(),
            AuditLog.Outcome.SUCCESS,
            left + " left");
        return new Verification(Outcome.RECOVERY_CODE_ACCEPTED, left);
      }
    }
    throttle.failed(actor.username());
    audit.record(
        "auth.second_factor", "user", actor.userId(), AuditLog.Outcome.DENIED, "wrong code");
    return new Verification(Outcome.REJECTED, 0);
  }

  /** An administrator removes a user's second factor: they enrol again at their next sign-in. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void reset(UUID userId) {
    UserAccount account =
        users
            .findById(userId)
            .orElseThrow(() -> new NotFoundProblem("admin.user_not_found", "No such user."));
    boolean had = factors.delete(userId);
    throttle.succeeded(account.username());
    audit.record(
        "admin.second_factor_reset",
        "user",
        userId,
        AuditLog.Outcome.SUCCESS,
        account.username() + (had ? "" : " (none set up)"));
  }

  private static String digits(String code) {
    return code == null ? "" : code.replaceAll("\\s", "");
  }

  private static String recoveryCode() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      sb.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
    }
    return sb.substring(0, 5) + "-" + sb.substring(5);
  }

  static String hash(UUID userId, String recoveryCode) {
    String normalised = recoveryCode.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    return ApiTokenService.hash(userId + ":" + normalised);
  }
}
