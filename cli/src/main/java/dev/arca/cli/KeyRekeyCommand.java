package dev.arca.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code arca key rekey}: the next version of a key (KMIP Re-key). */
@Command(
    name = "rekey",
    description = {
      "Make the next version of a key: same name, algorithm, length and usage, new material.",
      "Prints the new version; the old one keeps its ID and state until you revoke it."
    },
    footer = {
      "",
      "Examples:",
      "  arca key rekey --name payments",
      "  arca key rekey 8f0c3a52-7d8e-4c1e-9a55-0c9d1e6f2b41 --json"
    })
final class KeyRekeyCommand implements Callable<Integer> {

  @Mixin HelpOption help;
  @Mixin KeySelector key;
  @Mixin KmipConnectionOptions connection;
  @Mixin OutputOptions output;

  @Override
  public Integer call() throws CliException {
    Map<String, Object> next =
        connection.call(
            client -> {
              String id = key.resolve(client);
              String newId = client.rekey(id);
              Map<String, Object> row = KeyViews.summary(newId, client.getAttributes(newId));
              row.put("previousId", id);
              return row;
            });
    output
        .out()
        .message(
            "Re-keyed "
                + next.get("previousId")
                + ": new version "
                + next.get("id")
                + KeyCreateCommand.describe(next),
            next);
    return 0;
  }
}
