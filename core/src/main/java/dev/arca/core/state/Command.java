package dev.arca.core.state;

/**
 * A change to the key manager's state: an immutable value with a versioned serialized form, applied
 * by the deterministic state machine on every node.
 *
 * <p>Everything that is not deterministic — key generation, identifiers, timestamps, sealing of key
 * material — happens before a command is built, so applying the same commands in the same order to
 * two empty stores gives the same contents. A command that no longer fits the state it meets
 * (another change came first) is rejected whole, never half-applied.
 *
 * <p>Managed objects change through {@link PutObject} (and {@link DeleteObject}, which only takes
 * back a creation); records — users, groups, settings — through {@link PutRecord} and {@link
 * DeleteRecord}; {@link Atomic} groups any of them.
 */
public sealed interface Command permits PutObject, DeleteObject, PutRecord, DeleteRecord, Atomic {}
