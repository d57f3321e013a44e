package dev.arca.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h, --help} alone, for commands whose {@code --version} option selects a key version
 * rather than printing the program's version (which {@code mixinStandardHelpOptions} would add).
 */
final class HelpOption {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;
}
