package org.openbmis.app.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

  private final JdbcClient jdbc;

  UserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long count() {
    return jdbc.sql("select count(*) from adm_user").query(Long.class).single();
  }

  Optional<UserAccount> findByUsername(String username) {
    return jdbc.sql("select * from adm_user where username = ?")
        .param(username)
        .query(UserRepository::account)
        .optional();
  }

  Optional<UserAccount> findById(UUID id) {
    return jdbc.sql("select * from adm_user where id = ?")
        .param(id)
        .query(UserRepository::account)
        .optional();
  }

  List<UserAccount> findAll() {
    return jdbc.sql("select * from adm_user order by username")
        .query(UserRepository::account)
        .list();
  }

  void insert(UserAccount u, Instant now) {
    jdbc.sql(
            """
            insert into adm_user (id, username, full_name, password_hash, roles, post_id, desk_id,
              enabled, must_change_password, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            u.id(),
            u.username(),
            u.fullName(),
            u.passwordHash(),
            roles(u.roles()),
            u.postId(),
            u.deskId(),
            u.enabled(),
            u.mustChangePassword(),
            OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .update();
  }

  void updatePassword(UUID id, String hash, boolean mustChange, Instant now) {
    jdbc.sql(
            "update adm_user set password_hash = ?, must_change_password = ?, password_changed_at = ?,"
                + " credential_version = credential_version + 1 where id = ?")
        .params(hash, mustChange, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), id)
        .update();
  }

  void updateDesk(UUID id, @Nullable UUID deskId) {
    jdbc.sql("update adm_user set desk_id = ? where id = ?").params(deskId, id).update();
  }

  void updateEnabled(UUID id, boolean enabled) {
    jdbc.sql(
            "update adm_user set enabled = ?, credential_version = credential_version + 1 where id = ?")
        .params(enabled, id)
        .update();
  }

  /** Roles and post: a change of either ends the user's sessions and tokens. */
  void updateAccess(UUID id, Set<Role> roles, @Nullable UUID postId, @Nullable UUID deskId) {
    jdbc.sql(
            "update adm_user set roles = ?, post_id = ?, desk_id = ?,"
                + " credential_version = credential_version + 1 where id = ?")
        .params(roles(roles), postId, deskId, id)
        .update();
  }

  static String roles(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
  }

  private static UserAccount account(ResultSet rs, int n) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Arrays.stream(rs.getString("roles").split(","))
        .filter(s -> !s.isBlank())
        .forEach(s -> roles.add(Role.valueOf(s.trim())));
    return new UserAccount(
        rs.getObject("id", UUID.class),
        rs.getString("username"),
        rs.getString("full_name"),
        rs.getString("password_hash"),
        roles,
        rs.getObject("post_id", UUID.class),
        rs.getObject("desk_id", UUID.class),
        rs.getBoolean("enabled"),
        rs.getBoolean("must_change_password"),
        rs.getInt("credential_version"));
  }
}
