package dev.arca.core.key.testing;

import dev.arca.core.state.Command;
import dev.arca.core.state.CommandResult;
import dev.arca.core.state.Replicator;
import java.util.concurrent.CompletableFuture;

/** Applies each command at once to an {@link InMemoryObjectStore}. */
public final class InMemoryReplicator implements Replicator {

  private final InMemoryObjectStore store;

  public InMemoryReplicator(InMemoryObjectStore store) {
    this.store = store;
  }

  @Override
  public CompletableFuture<CommandResult> submit(Command command) {
    return CompletableFuture.completedFuture(store.apply(command));
  }

  @Override
  public void close() {}
}
