package org.openbmis.app.shared;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps node-local caches fresh across the processes sharing a database (ADR 0027). A change to
 * what a cache holds calls {@link #changed} in its transaction, which raises the topic's version in
 * {@code shr_node_change}; every process reads those versions every few seconds ({@code
 * bmis.cluster.refresh-every-millis}, default 2000; one query of a handful of rows) and runs the
 * cache's {@link #onChange} action (forget) when a version moved. The changing process also forgets
 * at once, as before.
 */
@Component
public class NodeChanges {

  private static final Logger log = LoggerFactory.getLogger(NodeChanges.class);

  /** Accounts and their API tokens (principal cache, recently checked tokens). */
  public static final String ACCOUNTS = "admin.accounts";

  /** Border posts and desks. */
  public static final String POSTS = "admin.posts";

  /** The CSCA trust store (chip verification). */
  public static final String TRUST_STORE = "pki.trust-store";

  /** Entry rules (visa module). */
  public static final String ENTRY_RULES = "visa.entry-rules";

  private final JdbcTemplate jdbc;
  private final Map<String, List<Runnable>> actions = new ConcurrentHashMap<>();
  private final Map<String, Long> seen = new ConcurrentHashMap<>();

  NodeChanges(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Notes the versions at start: a change from here on is acted on. */
  @jakarta.annotation.PostConstruct
  void start() {
    poll();
  }

  /** Records a change of {@code topic}; call it in the changing transaction. */
  public void changed(String topic) {
    if (jdbc.update("update shr_node_change set version = version + 1 where topic = ?", topic)
        == 0) {
      throw new IllegalArgumentException("Unknown node change topic " + topic);
    }
  }

  /** Runs {@code forget} in this process whenever {@code topic} changed (here or elsewhere). */
  public void onChange(String topic, Runnable forget) {
    actions.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(forget);
  }

  /** Reads the versions; a topic seen before whose version moved has its caches forgotten. */
  @Scheduled(fixedDelayString = "${bmis.cluster.refresh-every-millis:2000}")
  public void poll() {
    try {
      jdbc.query(
          "select topic, version from shr_node_change",
          rs -> {
            String topic = rs.getString(1);
            long version = rs.getLong(2);
            Long before = seen.put(topic, version);
            if (before != null && before != version) {
              log.debug("{} changed (version {}): forgetting this process's copy", topic, version);
              actions.getOrDefault(topic, List.of()).forEach(Runnable::run);
            }
          });
    } catch (RuntimeException e) {
      log.warn("Reading the node change versions failed; will retry", e);
    }
  }
}
