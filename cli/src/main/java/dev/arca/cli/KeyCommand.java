package dev.arca.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code arca key}: keys on a node, over KMIP with the Java client SDK. */
@Command(
    name = "key",
    mixinStandardHelpOptions = true,
    description = {
      "Create, list, show, rotate, share and retire keys on an Arca node, over KMIP.",
      "Each command connects with a client bundle (--bundle DIR or ARCA_BUNDLE), or with"
          + " --server, --cert, --key and --cacert; see 'arca key list --help'."
    },
    subcommands = {
      KeyCreateCommand.class,
      KeyListCommand.class,
      KeyShowCommand.class,
      KeyRekeyCommand.class,
      KeyActivateCommand.class,
      KeyRevokeCommand.class,
      KeyDestroyCommand.class,
      KeyGetCommand.class,
      KeyShareCommand.class,
      KeyUnshareCommand.class
    },
    footer = {
      "",
      "Environment:",
      "  ARCA_BUNDLE        client bundle directory (as --bundle)",
      "  ARCA_KMIP_SERVER   server address(es), host:port[,host:port] (as --server)",
      "  ARCA_USER          KMIP username (as --user)",
      "  ARCA_PASSWORD      KMIP password (as --password)",
      "  ARCA_CACERT        CA certificate file (as --cacert)",
      "  ARCA_KEY_PASSWORD  password of an encrypted --key or a --pkcs12 file",
      "",
      "Exit codes: 0 done, 1 refused or invalid, 2 usage error, 3 no server reachable.",
      "",
      "Examples:",
      "  export ARCA_BUNDLE=/var/lib/arca/clients/client",
      "  arca key create --name payments",
      "  arca key list",
      "  arca key show --name payments --json",
      "  arca key rekey --name payments",
      "  arca key get --name payments --out payments.key",
      "  arca key share --name payments --group payments-app --permissions get,encrypt",
      "  arca key unshare --name payments --group payments-app"
    })
final class KeyCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
