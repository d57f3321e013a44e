package dev.arca.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where a new password comes from, as a picocli mixin: asked twice on the console by default, or
 * the first line of a file or of standard input for scripts — never a command-line argument.
 */
final class NewPasswordOptions {

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "Read the new password from the first line of FILE instead of the console.")
  Path file;

  @Option(
      names = "--password-stdin",
      description = "Read the new password from the first line of standard input.")
  boolean stdin;

  /** The new password for {@code whom} ("client user bob"); the caller clears it. */
  char[] read(String whom) throws CliException {
    return PasswordInput.newPassword(whom, file, stdin);
  }
}
