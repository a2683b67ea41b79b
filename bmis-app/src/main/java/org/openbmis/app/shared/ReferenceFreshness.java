package org.openbmis.app.shared;

import java.util.List;

/**
 * How far a desk may trust the reference data it screens against (ADR 0023). At a post node the
 * border network answers (the age of the data central last confirmed, the supervisor's
 * acknowledgement); at a single node or at headquarters the data is the node's own and never stale.
 * Desks ask it on every inspection and before every decision; the module that knows the network
 * implements it, so that the desk depends on nothing but this interface.
 */
public interface ReferenceFreshness {

  /** A non-blocking warning for an inspection, with a stable code and its English text. */
  record Warning(String code, String message) {}

  /** The warnings to show on every inspection now (empty while the data is fresh). */
  List<Warning> warnings();

  /**
   * Refuses a decision while the desk must not record (data older than the block limit and no
   * supervisor's acknowledgement in force): a {@link BusinessRuleProblem} with the code {@code
   * sync.acknowledgement_required}, audited as refused.
   */
  void requireMayRecord();
}
