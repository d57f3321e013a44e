package dev.arca.cli;

import dev.arca.client.ArcaAttributes;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.payload.AddAttributeResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code arca key share}: the key's owner lets a key sharing group use the key (KMIP Add Attribute
 * of the share attribute, {@value ArcaAttributes#SHARE_V1}).
 */
@Command(
    name = "share",
    description = {
      "Share a key you own with a key sharing group: its members may then do what the"
          + " permissions name, with this key and every version of it.",
      "Sharing with a group again replaces its permissions. Groups are made by an administrator"
          + " ('arca group'); only the key's owner shares it.",
      "Permissions: get (export the key), encrypt (encrypt and decrypt), sign (sign and verify),"
          + " mac (MAC and verify), modify (attributes), rekey, revoke (revoke, destroy and the"
          + " rest of the lifecycle)."
    },
    footer = {
      "",
      "Examples:",
      "  arca key share --name payments --group payments-app --permissions encrypt",
      "  arca key share --name payments --group auditors --permissions get,sign",
      "  arca key share 8f0c3a52-7d8e-4c1e-9a55-0c9d1e6f2b41 --group ops --permissions revoke"
    })
final class KeyShareCommand implements Callable<Integer> {

  @Mixin HelpOption help;
  @Mixin KeySelector key;

  @Option(
      names = "--group",
      required = true,
      paramLabel = "GROUP",
      description = "The key sharing group to share the key with.")
  String group;

  @Option(
      names = "--permissions",
      required = true,
      split = ",",
      paramLabel = "PERM",
      description =
          "What the group's members may do: get, encrypt, sign, mac, modify, rekey, revoke.")
  List<String> permissions;

  @Mixin KmipConnectionOptions connection;
  @Mixin OutputOptions output;

  @Override
  public Integer call() throws CliException {
    if (group.isEmpty() || group.contains(":")) {
      throw new CliException("--group needs a group name");
    }
    Map<String, Object> row =
        connection.call(
            client -> {
              String id = key.resolve(client);
              client.call(
                  Operation.ADD_ATTRIBUTE,
                  ArcaAttributes.shareRequest(client.protocolVersion(), id, group, permissions),
                  AddAttributeResponse.class);
              return view(id, ArcaAttributes.shares(client.getAttributes(id)));
            });
    output
        .out()
        .message(
            "Shared key "
                + row.get("id")
                + " with group "
                + group
                + ": "
                + String.join(", ", permissions),
            row);
    return 0;
  }

  /** The key and the groups it is shared with, for output. */
  static Map<String, Object> view(String id, Map<String, List<String>> shares) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("groups", shares);
    return row;
  }
}
