package dev.arca.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code arca completion}: prints a shell completion script for every arca command. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a completion script for bash or zsh: commands, subcommands and options complete"
          + " with TAB.",
      "Load it in the current shell with source, or install it for every new shell."
    },
    footer = {
      "",
      "Examples:",
      "  source <(arca completion bash)",
      "  arca completion bash | sudo tee /etc/bash_completion.d/arca",
      "  arca completion zsh > \"${fpath[1]}/_arca\"     # then restart zsh",
      "  echo 'source <(arca completion zsh)' >> ~/.zshrc"
    })
final class CompletionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "SHELL",
      defaultValue = "bash",
      description = "bash or zsh (default: ${DEFAULT-VALUE}).")
  String shell;

  @Override
  public Integer call() throws CliException {
    String script = AutoComplete.bash("arca", spec.root().commandLine());
    switch (shell) {
      case "bash":
        System.out.print(script);
        break;
      case "zsh":
        // picocli's script runs in zsh through bashcompinit.
        System.out.println("autoload -U +X compinit && compinit");
        System.out.println("autoload -U +X bashcompinit && bashcompinit");
        System.out.print(script);
        break;
      default:
        throw new CliException("no completion for shell '" + shell + "'; choose bash or zsh");
    }
    System.out.flush();
    return 0;
  }
}
