package dev.arca.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code arca key destroy}: the key material is destroyed (KMIP Destroy). */
@Command(
    name = "destroy",
    description = {
      "Destroy a key's material for good. The key's record and attributes stay, in state"
          + " Destroyed (or Destroyed Compromised). An Active key must be revoked first."
    },
    footer = {
      "",
      "Examples:",
      "  arca key destroy 8f0c3a52-7d8e-4c1e-9a55-0c9d1e6f2b41",
      "  arca key destroy --name payments --version 0"
    })
final class KeyDestroyCommand implements Callable<Integer> {

  @Mixin HelpOption help;
  @Mixin KeySelector key;
  @Mixin KmipConnectionOptions connection;
  @Mixin OutputOptions output;

  @Override
  public Integer call() throws CliException {
    Map<String, Object> row =
        connection.call(
            client -> {
              String id = key.resolve(client);
              client.destroy(id);
              return KeyViews.summary(id, client.getAttributes(id));
            });
    output.out().message("Destroyed key " + row.get("id") + KeyCreateCommand.describe(row), row);
    return 0;
  }
}
