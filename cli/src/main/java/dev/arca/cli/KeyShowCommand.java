package dev.arca.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code arca key show}: one key and all its attributes (KMIP Get Attributes). */
@Command(
    name = "show",
    description = "Show a key: its summary, usage, dates and every attribute.",
    footer = {
      "",
      "Examples:",
      "  arca key show 8f0c3a52-7d8e-4c1e-9a55-0c9d1e6f2b41",
      "  arca key show --name payments",
      "  arca key show --name payments --version 0 --json"
    })
final class KeyShowCommand implements Callable<Integer> {

  @Mixin HelpOption help;
  @Mixin KeySelector key;
  @Mixin KmipConnectionOptions connection;
  @Mixin OutputOptions output;

  @Override
  public Integer call() throws CliException {
    Map<String, Object> details =
        connection.call(
            client -> {
              String id = key.resolve(client);
              return KeyViews.details(id, client.getAttributes(id));
            });
    Output out = output.out();
    out.record(KeyViews.DETAIL_LABELS, details);
    if (!out.isJson()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> attributes = (Map<String, Object>) details.get("attributes");
      Map<String, String> labels = new LinkedHashMap<>();
      for (String name : attributes.keySet()) {
        labels.put(name, "  " + name);
      }
      System.out.println("Attributes");
      out.record(labels, attributes);
    }
    return 0;
  }
}
