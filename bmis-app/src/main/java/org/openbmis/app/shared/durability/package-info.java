/**
 * Durable before acknowledged: a write transaction's commit reaches the disk before the caller (a
 * desk, an API client, another node) is told that it was recorded.
 *
 * <p>On an H2 file database (a border post) H2's own write delay is switched off, so that a commit
 * is written to the file by the committing thread (it survives a crash of the process), and {@link
 * org.openbmis.app.shared.durability.GroupCommit} then syncs the file to the disk ({@code
 * CHECKPOINT SYNC}, an fsync) before the commit returns, one sync for every commit that finished
 * while the previous one ran (it survives a power cut). PostgreSQL does both itself with {@code
 * synchronous_commit = on}; the node only checks the setting. See {@code
 * docs/adr/0008-durable-commits.md}.
 */
@org.jspecify.annotations.NullMarked
package org.openbmis.app.shared.durability;
