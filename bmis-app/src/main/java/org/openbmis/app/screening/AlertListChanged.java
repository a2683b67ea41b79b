package org.openbmis.app.screening;

import java.util.UUID;

/**
 * A list has a new version (an import or an approved national change), published in its
 * transaction.
 */
public record AlertListChanged(UUID listId, String code, int version) {}
