package dev.arca.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code arca key activate}: a Pre-Active key becomes Active (KMIP Activate). */
@Command(
    name = "activate",
    description = "Activate a Pre-Active key, so that it may protect data.",
    footer = {
      "",
      "Examples:",
      "  arca key activate 8f0c3a52-7d8e-4c1e-9a55-0c9d1e6f2b41",
      "  arca key activate --name payments --version 1"
    })
final class KeyActivateCommand implements Callable<Integer> {

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
              client.activate(id);
              return KeyViews.summary(id, client.getAttributes(id));
            });
    output.out().message("Activated key " + row.get("id") + KeyCreateCommand.describe(row), row);
    return 0;
  }
}
