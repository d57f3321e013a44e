package dev.arca.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that talks to the admin HTTPS API: the connection settings ({@link
 * AdminConnectionOptions}), {@code --json} and {@code --help}. A subclass reads what it needs
 * before connecting ({@link #prepare}: passwords from the console or a file, output checks), does
 * its calls in {@link #run}, and clears what it read in {@link #finish}.
 */
abstract class AdminApiCommand implements Callable<Integer> {

  @Mixin HelpOption help;
  @Mixin AdminConnectionOptions connection;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public final Integer call() throws CliException {
    try {
      connection.checkSettings();
      prepare();
      return connection.call(c -> run(c, output.out()));
    } finally {
      finish();
    }
  }

  /** Before connecting: checks arguments and reads secrets. */
  void prepare() throws CliException {}

  /** The command's calls and output; returns the exit code. */
  abstract int run(AdminConnectionOptions.Connection c, Output out)
      throws AdminApiClient.ApiError, AdminApiClient.Unreachable, CliException;

  /** A usage error: one line and exit code 2, as for an unknown option. */
  ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** After the command, whatever its outcome: clears secrets. */
  void finish() {}
}
