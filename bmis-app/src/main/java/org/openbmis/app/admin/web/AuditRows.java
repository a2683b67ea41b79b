package org.openbmis.app.admin.web;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.openbmis.app.admin.BorderPostSummary;
import org.openbmis.app.shared.Actor;
import org.openbmis.app.shared.AuditLog.AuditEntry;
import org.openbmis.app.shared.AuditSubjectLabeler;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns audit entries into rows people read: the action as a phrase of the viewer's language
 * ({@code audit.action.<code>} in {@code messages-ops}), the subject named by the module that owns
 * it, the time in the zone of the post where it happened. For display only: the stored entries keep
 * their codes and ids, and the codes stay visible as a tooltip.
 */
@Component
class AuditRows {

  /** One row of the audit screen. */
  record Row(
      AuditEntry entry,
      String action,
      @Nullable String subjectType,
      @Nullable String subject,
      boolean subjectNamed,
      String time,
      String zone) {}

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final String ACTION = "audit.action.";

  private final List<AuditSubjectLabeler> labelers;
  private final MessageSource messages;

  AuditRows(List<AuditSubjectLabeler> labelers, MessageSource messages) {
    this.labelers = labelers;
    this.messages = messages;
  }

  List<Row> rows(
      List<AuditEntry> entries, List<BorderPostSummary> posts, Actor viewer, Locale locale) {
    Map<String, ZoneId> zones = new HashMap<>();
    posts.forEach(p -> zones.put(p.code(), p.timeZone()));
    Map<String, Map<String, String>> labels = labels(entries, viewer);
    List<Row> rows = new ArrayList<>(entries.size());
    for (AuditEntry e : entries) {
      ZoneId zone =
          e.postCode() == null ? ZoneOffset.UTC : zones.getOrDefault(e.postCode(), ZoneOffset.UTC);
      String label =
          e.subjectType() == null || e.subjectId() == null
              ? null
              : labels.getOrDefault(e.subjectType(), Map.of()).get(e.subjectId());
      rows.add(
          new Row(
              e,
              action(e.action(), locale),
              e.subjectType() == null ? null : subjectType(e.subjectType(), locale),
              label != null ? label : e.subjectId(),
              label != null,
              TIME.format(e.occurredAt().atZone(zone)),
              zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId()));
    }
    return rows;
  }

  /** How many travellers a page of rows names (their names were shown: audited with the search). */
  static long travellersNamed(List<Row> rows) {
    return rows.stream()
        .filter(r -> r.subjectNamed() && "traveller".equals(r.entry().subjectType()))
        .map(r -> r.entry().subjectId())
        .distinct()
        .count();
  }

  /** The action as a phrase; an action without one reads as its code made legible. */
  String action(String code, Locale locale) {
    String phrase = messages.getMessage(ACTION + code, null, null, locale);
    return phrase != null ? phrase : legible(code);
  }

  /** The action picker: every phrase the bundle knows, sorted by the phrase. */
  Map<String, String> actions(Set<String> codes, Locale locale) {
    Map<String, String> byPhrase = new TreeMap<>();
    codes.forEach(c -> byPhrase.put(action(c, locale) + "\u0000" + c, c));
    Map<String, String> out = new java.util.LinkedHashMap<>();
    byPhrase.forEach((k, c) -> out.put(c, k.substring(0, k.indexOf('\u0000'))));
    return out;
  }

  private String subjectType(String type, Locale locale) {
    String name = messages.getMessage("audit.subject." + type, null, null, locale);
    return name != null ? name : type.replace('_', ' ');
  }

  static String legible(String code) {
    String s = code.substring(code.indexOf('.') + 1).replace('_', ' ');
    return s.isEmpty() ? code : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private Map<String, Map<String, String>> labels(List<AuditEntry> entries, Actor viewer) {
    Map<String, Set<String>> idsByType = new HashMap<>();
    for (AuditEntry e : entries) {
      if (e.subjectType() != null && e.subjectId() != null) {
        idsByType.computeIfAbsent(e.subjectType(), t -> new LinkedHashSet<>()).add(e.subjectId());
      }
    }
    Map<String, Map<String, String>> out = new HashMap<>();
    for (AuditSubjectLabeler labeler : labelers) {
      for (String type : labeler.subjectTypes()) {
        Set<String> ids = idsByType.get(type);
        if (ids != null) {
          out.put(type, labeler.labels(type, ids, viewer));
        }
      }
    }
    return out;
  }
}
