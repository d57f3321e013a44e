package dev.arca.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --json} option every command has, as a picocli mixin: {@code @Mixin OutputOptions
 * output;} then {@code output.out()} to print.
 */
final class OutputOptions {

  @Option(
      names = "--json",
      description = "Print the result as JSON (stable field names) instead of a table.")
  boolean json;

  /** The printer for standard output. */
  Output out() {
    return new Output(System.out, json);
  }
}
