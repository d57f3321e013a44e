package dev.arca.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code arca kmip}: protocol tools. */
@Command(
    name = "kmip",
    mixinStandardHelpOptions = true,
    description = "KMIP protocol tools.",
    subcommands = {ConvertCommand.class})
final class KmipCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
