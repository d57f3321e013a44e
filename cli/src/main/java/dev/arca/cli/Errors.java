package dev.arca.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into one line on stderr and a non-zero exit code. The message is the one the
 * failing code chose for users; no stack trace, which could carry internal detail.
 */
final class Errors implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    cl.getErr().println("arca: " + message);
    return e instanceof CliException c ? c.exitCode() : 1;
  }

  /**
   * A usage error: one line naming the problem and where to read more, exit code 2 — the usage text
   * itself is one {@code --help} away rather than printed after every typo.
   */
  static int usage(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    cl.getErr()
        .println(
            "arca: "
                + e.getMessage()
                + " (see '"
                + cl.getCommandSpec().qualifiedName()
                + " --help')");
    return cl.getCommandSpec().exitCodeOnInvalidInput();
  }
}
