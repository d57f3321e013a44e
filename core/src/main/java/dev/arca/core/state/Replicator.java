package dev.arca.core.state;

import java.util.concurrent.CompletableFuture;

/**
 * Takes commands and has them applied to the store of every node, in one order.
 *
 * <p>The future completes once the command is durable — committed to the local SQLite database with
 * {@code synchronous=FULL} on a single node; on a majority of the cluster's logs and applied
 * locally in a cluster — so an acknowledged change survives {@code kill -9} and power loss.
 */
public interface Replicator extends AutoCloseable {

  CompletableFuture<CommandResult> submit(Command command);

  @Override
  void close();
}
