package org.openbmis.app.visa;

import java.util.UUID;

/**
 * An entry rule was added or ended, published in the transaction of the change: headquarters
 * versions its entry-rules dataset from it (sync, ADR 0017).
 */
public record EntryRulesChanged(UUID ruleId) {}
