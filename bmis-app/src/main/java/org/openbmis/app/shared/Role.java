package org.openbmis.app.shared;

/** The roles of the system's users (domain.md: who uses it). */
public enum Role {
  /** A border officer at a desk: inspects travellers and records movements at their post. */
  OFFICER,
  /** A supervisor at a post: secondary inspection, the post's activity, the audit log. */
  SUPERVISOR,
  /**
   * A secondary officer at a post: takes referred travellers from the post's queue, examines them
   * and their documents, resolves their hits and closes the case with an outcome.
   */
  SECONDARY,
  /** An analyst at headquarters: aggregates and statistics, never person records alone. */
  ANALYST,
  /** An administrator at headquarters: posts, desks, users, configuration, audit. */
  ADMIN,
  /**
   * A carrier's system (or a message broker's bridge) that submits advance passenger information
   * (PAXLST) and nothing else.
   */
  API_SUBMITTER;

  /** Whether the role works at a post (an account holding it must belong to one). */
  public boolean worksAtPost() {
    return this == OFFICER || this == SUPERVISOR || this == SECONDARY;
  }

  /** The Spring Security authority name ({@code ROLE_OFFICER}). */
  public String authority() {
    return "ROLE_" + name();
  }
}
