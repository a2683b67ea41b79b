/**
 * The border network (issue 22, ADR 0017): what {@code bmis.node.role} changes. At a {@code post}
 * node: enrolment with a one-time code and the post's own key pair ({@link PostNode}), the
 * transactional outbox filled in the recording transaction ({@link Outbox}) and the uploader that
 * sends it to headquarters in the post's sequence order, signed and compressed ({@link Uploader}).
 * At {@code central}: enrolment codes, revocation and the verification of every post's signed call
 * ({@link CentralPosts}), and the idempotent application of batches ({@link BatchApplier}). A
 * {@code both} node (the default single node) has none of it. Consumes {@code movement}'s event and
 * the transfer services of {@code movement}, {@code traveller} and {@code admin}; nothing depends
 * on it.
 */
package org.openbmis.app.sync;
