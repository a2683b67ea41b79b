package org.openbmis.app.admin.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The choices of the audit screen's pickers: the actions that have a phrase (the {@code
 * audit.action.*} keys of {@code messages-ops}; reading the distinct actions of the log itself
 * would scan it), and the users and desks the viewer may filter on (a supervisor: their post's).
 */
@Component
class AuditPickers {

  private static final String PREFIX = "audit.action.";

  private final JdbcClient jdbc;
  private final Set<String> actionCodes;

  AuditPickers(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.actionCodes = load();
  }

  Set<String> actionCodes() {
    return actionCodes;
  }

  /** Usernames, sorted; those of one post when {@code postId} is given. */
  List<String> usernames(@Nullable UUID postId) {
    return postId == null
        ? jdbc.sql("select username from adm_user order by username").query(String.class).list()
        : jdbc.sql("select username from adm_user where post_id = ? order by username")
            .param(postId)
            .query(String.class)
            .list();
  }

  /** Desk codes, sorted and each once; those of one post when {@code postId} is given. */
  List<String> deskCodes(@Nullable UUID postId) {
    return postId == null
        ? jdbc.sql("select distinct code from adm_desk order by code").query(String.class).list()
        : jdbc.sql("select code from adm_desk where post_id = ? order by code")
            .param(postId)
            .query(String.class)
            .list();
  }

  private static Set<String> load() {
    Properties p = new Properties();
    try (InputStream in = AuditPickers.class.getResourceAsStream("/messages-ops.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> codes = new TreeSet<>();
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith(PREFIX) && key.indexOf('.', PREFIX.length()) > 0) {
        codes.add(key.substring(PREFIX.length()));
      }
    }
    return Set.copyOf(codes);
  }
}
