package dev.arca.core.state;

import java.util.Objects;

/**
 * A command at its position in the log. On a single node the {@link LocalReplicator} numbers
 * commands 1, 2, 3, …; in a cluster the index is the Raft log index, which may skip numbers used by
 * entries that are not commands (configuration changes).
 *
 * @param index the log position, at least 1
 * @param command the command
 */
public record IndexedCommand(long index, Command command) {
  public IndexedCommand {
    if (index < 1) {
      throw new IllegalArgumentException("log index must be at least 1: " + index);
    }
    Objects.requireNonNull(command, "command");
  }
}
