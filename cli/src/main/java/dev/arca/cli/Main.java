package dev.arca.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code arca} command. */
@Command(
    name = "arca",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Arca, an enterprise key manager speaking KMIP.",
    subcommands = {
      ServerCommand.class,
      LoginCommand.class,
      LogoutCommand.class,
      StatusCommand.class,
      KeyCommand.class,
      UserCommand.class,
      GroupCommand.class,
      AdminCommand.class,
      ApprovalCommand.class,
      GrantCommand.class,
      PasswordPolicyCommand.class,
      ListenerCommand.class,
      CaCommand.class,
      CertCommand.class,
      MasterKeyCommand.class,
      FipsCommand.class,
      KmipCommand.class,
      BenchCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Examples:",
      "  arca server",
      "  arca login --user admin --cacert /var/lib/arca/pki/ca/local.pem",
      "  arca status",
      "  arca user create payments-app && arca user bundle payments-app ./payments-app",
      "  arca listener set default --allow-key-export false",
      "  arca key list --bundle /var/lib/arca/clients/client",
      "  arca kmip convert --from xml --to json request.xml",
      "  source <(arca completion bash)",
      "  arca help kmip convert"
    })
public final class Main implements Runnable {

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (0 on success). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(new Errors());
    cl.setParameterExceptionHandler(Errors::usage);
    return cl.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** The version from the jar manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"arca " + (v == null ? "development" : v)};
    }
  }
}
