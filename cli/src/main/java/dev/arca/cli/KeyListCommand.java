package dev.arca.cli;

import dev.arca.client.KeyQuery;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.State;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code arca key list}: the keys the user may see (KMIP Locate, then Get Attributes of each). */
@Command(
    name = "list",
    description = {
      "List the keys and other objects you may see, one line each.",
      "A versioned key shows as its current version (the newest Active one); --all-versions"
          + " shows every version."
    },
    footer = {
      "",
      "Examples:",
      "  arca key list --bundle ./client-bundle",
      "  arca key list --name payments --all-versions",
      "  arca key list --state active --algorithm aes --json",
      "  arca key list --server kms1:5696,kms2:5696 --cert me.pem --key me-key.pem --cacert ca.pem"
    })
final class KeyListCommand implements Callable<Integer> {

  @Mixin HelpOption help;
  @Mixin KmipConnectionOptions connection;
  @Mixin OutputOptions output;

  @Option(names = "--name", paramLabel = "NAME", description = "Only objects with this name.")
  String name;

  @Option(names = "--all-versions", description = "Every version of a versioned key.")
  boolean allVersions;

  @Option(
      names = "--version",
      paramLabel = "N",
      description = "Only this version of versioned keys.")
  Integer version;

  @Option(
      names = "--state",
      paramLabel = "STATE",
      converter = StateConverter.class,
      completionCandidates = StateNames.class,
      description =
          "Only objects in this state: pre-active, active, deactivated, compromised, destroyed.")
  List<State> states = new ArrayList<>();

  @Option(
      names = "--algorithm",
      paramLabel = "ALGORITHM",
      converter = KeyCreateCommand.AlgorithmConverter.class,
      completionCandidates = KeyCreateCommand.AlgorithmNames.class,
      description = "Only objects of this algorithm.")
  CryptographicAlgorithm algorithm;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      converter = TypeConverter.class,
      completionCandidates = TypeNames.class,
      description =
          "Only objects of this type: symmetric-key, private-key, public-key, secret-data, …")
  ObjectType type;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "1000",
      description = "At most N objects (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--offset",
      paramLabel = "N",
      defaultValue = "0",
      description = "Skip the first N objects (default: ${DEFAULT-VALUE}).")
  int offset;

  @Override
  public Integer call() throws CliException {
    if (limit < 0 || offset < 0) {
      throw new CliException("--limit and --offset must not be negative");
    }
    KeyQuery q = name == null ? KeyQuery.all() : KeyQuery.byName(name);
    if (allVersions) {
      q = q.allVersions();
    }
    if (version != null) {
      q = q.version(version);
    }
    for (State s : states) {
      q = q.state(s);
    }
    if (algorithm != null) {
      q = q.algorithm(algorithm);
    }
    if (type != null) {
      q = q.objectType(type);
    }
    KeyQuery query = q.maxItems(limit).offset(offset);
    List<Map<String, Object>> rows =
        connection.call(
            client -> {
              List<Map<String, Object>> out = new ArrayList<>();
              for (String id : client.locate(query)) {
                out.add(KeyViews.summary(id, client.getAttributes(id)));
              }
              return out;
            });
    output.out().table(KeyViews.COLUMNS, rows);
    return 0;
  }

  /** Parses a state name. */
  static final class StateConverter extends KmipNames.Converter<State> {
    StateConverter() {
      super(State.class, List.of("pre-active", "active", "deactivated"));
    }
  }

  /** Parses an object type name. */
  static final class TypeConverter extends KmipNames.Converter<ObjectType> {
    TypeConverter() {
      super(ObjectType.class, List.of("symmetric-key", "private-key", "secret-data"));
    }
  }

  /** The values' CLI names, for shell completion. */
  static final class StateNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return KmipNames.cliNames(State.class).iterator();
    }
  }

  /** The values' CLI names, for shell completion. */
  static final class TypeNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return KmipNames.cliNames(ObjectType.class).iterator();
    }
  }
}
