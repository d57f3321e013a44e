package dev.arca.cli;

import dev.arca.client.ArcaAttributes;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.payload.AddAttributeResponse;
import dev.arca.kmip.payload.DeleteAttributeResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code arca key unshare}: the key's owner takes a key sharing group's permissions away (KMIP
 * Delete Attribute of the share attribute; with --permissions, Add Attribute of what is left).
 */
@Command(
    name = "unshare",
    description = {
      "Stop sharing a key you own with a key sharing group, for this key and every version of it;"
          + " with --permissions, take only those permissions away.",
      "Only the key's owner changes its sharing."
    },
    footer = {
      "",
      "Examples:",
      "  arca key unshare --name payments --group payments-app",
      "  arca key unshare --name payments --group auditors --permissions get"
    })
final class KeyUnshareCommand implements Callable<Integer> {

  @Mixin HelpOption help;
  @Mixin KeySelector key;

  @Option(
      names = "--group",
      required = true,
      paramLabel = "GROUP",
      description = "The key sharing group to stop sharing the key with.")
  String group;

  @Option(
      names = "--permissions",
      split = ",",
      paramLabel = "PERM",
      description = "Take only these permissions away; without it, every one.")
  List<String> permissions;

  @Mixin KmipConnectionOptions connection;
  @Mixin OutputOptions output;

  @Override
  public Integer call() throws CliException {
    Map<String, Object> row =
        connection.call(
            client -> {
              String id = key.resolve(client);
              Map<String, List<String>> shares = ArcaAttributes.shares(client.getAttributes(id));
              if (!shares.containsKey(group)) {
                throw new CliException("key " + id + " is not shared with group " + group);
              }
              List<String> left = new ArrayList<>(shares.get(group));
              if (permissions != null) {
                left.removeAll(permissions);
              } else {
                left.clear();
              }
              if (left.isEmpty()) {
                client.call(
                    Operation.DELETE_ATTRIBUTE,
                    ArcaAttributes.unshareRequest(client.protocolVersion(), id, group, shares),
                    DeleteAttributeResponse.class);
              } else if (!left.equals(shares.get(group))) {
                client.call(
                    Operation.ADD_ATTRIBUTE,
                    ArcaAttributes.shareRequest(client.protocolVersion(), id, group, left),
                    AddAttributeResponse.class);
              }
              return KeyShareCommand.view(id, ArcaAttributes.shares(client.getAttributes(id)));
            });
    @SuppressWarnings("unchecked")
    Map<String, List<String>> after = (Map<String, List<String>>) row.get("groups");
    output
        .out()
        .message(
            after.containsKey(group)
                ? "Group "
                    + group
                    + " keeps "
                    + String.join(", ", after.get(group))
                    + " on key "
                    + row.get("id")
                : "Key " + row.get("id") + " is no longer shared with group " + group,
            row);
    return 0;
  }
}
