package org.openbmis.app.shared;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Names the subjects of audit entries for people to read (a traveller's name and document, a user,
 * a list). Each module labels the subject types it owns, for display only: the stored entry keeps
 * the bare id. A labeler leaves out what the viewer may not see (a traveller never seen at a
 * supervisor's post keeps its id).
 */
public interface AuditSubjectLabeler {

  /** The subject types this module names ({@code traveller}, {@code user}, ...). */
  Set<String> subjectTypes();

  /**
   * Labels keyed by subject id, for the ids of one type; ids unknown or out of the viewer's reach
   * are absent.
   */
  Map<String, String> labels(String subjectType, Collection<String> ids, Actor viewer);
}
