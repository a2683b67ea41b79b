/**
 * The border network (issue 22, ADR 0017): what {@code bmis.node.role} changes. At a {@code post}
 * node: enrolment with a one-time code and the post's own key pair ({@link PostNode}), the
 * transactional outbox filled in the recording transaction ({@link Outbox}) and the uploader that
 * sends it to headquarters in the post's sequence order, signed and compressed ({@link Uploader}),
 * and the pull of reference data, verified against central's key before it is applied ({@link
 * DownSync}). At {@code central}: enrolment codes, revocation and the verification of every post's
 * signed call ({@link CentralPosts}), the idempotent application of batches ({@link BatchApplier}),
 * and the versioned reference datasets served to posts as signed deltas or snapshots ({@link
 * CentralDatasets}, {@link DatasetServer}, {@link CentralKey}). A {@code both} node (the default
 * single node) has none of it. Hits, visas on arrival, permits and audit entries go up through the
 * same outbox ({@link RecordsOutbox}, {@link RecordsApplier}, {@link PostAuditChains}; ADR 0025).
 * Consumes {@code movement}'s event, the change events of {@code admin}, {@code screening}, {@code
 * visa}, {@code pki} and {@code biometrics}, and their transfer services (ADR 0017, ADR 0024:
 * {@link ReferenceDataset}); nothing depends on it.
 */
package org.openbmis.app.sync;
