package dev.arca.core.state;

import java.util.List;

/**
 * Several commands applied all or none, in order: a Re-key writes the new version and links the old
 * one in one step.
 */
public record Atomic(List<Command> commands) implements Command {
  public Atomic {
    commands = List.copyOf(commands);
    if (commands.isEmpty()) {
      throw new IllegalArgumentException("an atomic command needs at least one command");
    }
  }

  public static Atomic of(Command... commands) {
    return new Atomic(List.of(commands));
  }
}
