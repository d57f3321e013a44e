package dev.arca.cli;

import dev.arca.client.KeyQuery;
import dev.arca.client.KmipClient;
import dev.arca.client.KmipClientException;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Which key a command acts on, as a picocli mixin: its identifier, or its name and optionally a
 * version ({@code --name payments --version 2}). A name alone means the key's current version, the
 * newest usable one.
 */
final class KeySelector {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ID",
      description = "The key's unique identifier (or use --name).")
  String id;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "Select the key by name instead of ID: its current version.")
  String name;

  @Option(
      names = "--version",
      paramLabel = "N",
      description = "With --name: that version of the key (0 is the first).")
  Integer version;

  /** The identifier the selection names, looking the name up when needed. */
  String resolve(KmipClient client) throws CliException, KmipClientException, IOException {
    if (id != null && name != null) {
      throw new CliException("give the key's ID or --name, not both");
    }
    if (version != null && name == null) {
      throw new CliException("--version needs --name");
    }
    if (id != null) {
      return id;
    }
    if (name == null) {
      throw new CliException("which key? give its ID or --name NAME");
    }
    KeyQuery query = KeyQuery.byName(name);
    if (version != null) {
      query = query.version(version);
    }
    List<String> found = client.locate(query);
    if (found.isEmpty()) {
      throw new CliException(
          "no key named '" + name + "'" + (version == null ? "" : " with version " + version));
    }
    if (found.size() > 1) {
      throw new CliException(
          "the name '"
              + name
              + "' matches "
              + found.size()
              + " objects: "
              + String.join(", ", found));
    }
    return found.get(0);
  }
}
