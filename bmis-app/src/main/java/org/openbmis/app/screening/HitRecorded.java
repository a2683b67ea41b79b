package org.openbmis.app.screening;

import java.util.UUID;

/**
 * A hit stored or resolved, published in the transaction that wrote it (the network's outbox at a
 * post sends the hit's state as written, ADR 0025).
 *
 * @param hitId the hit
 * @param resolved whether this write is its resolution
 */
public record HitRecorded(UUID hitId, boolean resolved) {}
