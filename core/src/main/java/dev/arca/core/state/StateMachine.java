package dev.arca.core.state;

import java.util.List;

/**
 * Applies commands to a store, deterministically: the same commands at the same indexes, applied to
 * two empty stores, give the same contents whatever the batches they came in.
 *
 * <p>Each command is applied whole or not at all; a command that does not fit the state is rejected
 * and the commands after it in the batch are applied as usual. The batch is durable when {@link
 * #apply} returns, with the index of its last command recorded as {@link #lastAppliedIndex()} in
 * the same transaction, so that after a crash the store says exactly which commands it holds. A
 * {@link Replicator} drives it: the {@link LocalReplicator} on a single node, the Raft state
 * machine in a cluster.
 *
 * <p>Not safe for concurrent use: one thread applies.
 */
public interface StateMachine {

  /**
   * Applies {@code commands} in order, in one durable transaction.
   *
   * @param commands indexes strictly increasing, the first greater than {@link #lastAppliedIndex()}
   * @return one result per command, in order
   * @throws ApplyFailedException if the store failed; nothing of the batch was applied
   * @throws IllegalArgumentException if an index is not beyond the last applied one
   */
  List<CommandResult> apply(List<IndexedCommand> commands) throws ApplyFailedException;

  /** The index of the last command applied, rejected ones included; 0 for an empty store. */
  long lastAppliedIndex();
}
