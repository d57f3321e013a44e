package dev.arca.cli;

import dev.arca.core.crypto.CryptoModule;
import dev.arca.core.store.StoreException;
import dev.arca.server.FirstRun;
import dev.arca.server.FirstRun.InitialAdministrator;
import dev.arca.server.Logging;
import dev.arca.server.Node;
import dev.arca.server.NodeException;
import dev.arca.server.NodeOptions;
import dev.arca.server.config.ConfigException;
import dev.arca.server.config.ServerConfig;
import dev.arca.server.fips.FipsMode;
import dev.arca.server.fips.FipsSettingStore;
import dev.arca.server.kmip.KmipListener;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code arca server}: runs a node in the foreground until it is stopped. */
@Command(
    name = "server",
    mixinStandardHelpOptions = true,
    description = {
      "Start an Arca node in the foreground; stop it with Ctrl-C or SIGTERM.",
      "The first start initialises the data directory: master key, local CA, server"
          + " certificates, a first client user and its client bundle in <data>/clients/<user>/,"
          + " the administrator 'admin' (its password is shown once) and a commented"
          + " configuration file <data>/arca.yaml."
    },
    footer = {
      "",
      "Environment:",
      "  ARCA_MASTER_PASSPHRASE    passphrase sealing the master key (else a passphrase file)",
      "  ARCA_FIRST_USER           name of the first client user (default: client)",
      "  ARCA_FIRST_USER_PASSWORD  its password (default: generated, in its bundle)",
      "  ARCA_ADMIN_PASSWORD       password of the first administrator 'admin' (default:"
          + " generated and shown once)",
      "",
      "Examples:",
      "  arca server",
      "  arca server --data-dir /var/lib/arca",
      "  arca server --config /etc/arca/arca.yaml"
    })
final class ServerCommand implements Callable<Integer> {

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "The data directory (default: ./" + ServerConfig.DEFAULT_DATA_DIRECTORY + ").")
  Path dataDir;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "The configuration file (default: <data>/" + ServerConfig.FILE_NAME + ").")
  Path configFile;

  @Override
  public Integer call() throws CliException {
    ServerConfig config = loadConfig();
    // Before the first log line and before any cryptography: where logs go, and FIPS mode, which
    // must be set JVM-wide before BouncyCastle loads. A security officer's choice stored through
    // the admin API overrides the configuration file's fips.enabled; reading it needs no crypto.
    if (FipsMode.requestedAtStart(config.fips().enabled(), storedFipsMode(config))) {
      System.setProperty(FipsMode.APPROVED_ONLY_PROPERTY, "true");
    }
    Logging.configureServer(config.logDirectory());
    Node node;
    try {
      node = Node.start(config, NodeOptions.fromEnvironment());
    } catch (NodeException e) {
      throw new CliException(e.getMessage());
    }
    summary(node, System.out);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  node.close();
                  stopped.countDown();
                },
                "arca-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static Optional<Boolean> storedFipsMode(ServerConfig config) throws CliException {
    try {
      return FipsSettingStore.readBeforeStart(config.dataDirectory());
    } catch (StoreException e) {
      throw new CliException("cannot read the stored FIPS mode setting: " + e.getMessage());
    }
  }

  private ServerConfig loadConfig() throws CliException {
    try {
      if (configFile != null) {
        return ServerConfig.load(configFile, Optional.ofNullable(dataDir));
      }
      Path data = dataDir != null ? dataDir : Path.of(ServerConfig.DEFAULT_DATA_DIRECTORY);
      Node.createPrivateDirectory(data);
      return ServerConfig.loadOrWriteDefaults(data);
    } catch (NodeException e) {
      throw new CliException(e.getMessage());
    } catch (ConfigException e) {
      throw new CliException(e.getMessage());
    } catch (IOException e) {
      throw new CliException("cannot read or write the configuration: " + e.getMessage());
    }
  }

  static void summary(Node node, PrintStream out) {
    ServerConfig c = node.config();
    out.println("Arca " + Node.version() + ", node " + c.nodeName());
    out.println("  data directory  " + c.dataDirectory());
    out.println("  logs            " + c.logDirectory());
    for (KmipListener l : node.listeners()) {
      out.println("  KMIP listener   " + l.name() + " on " + l.localAddress());
    }
    Optional<String> adminUrl =
        node.adminServer().map(a -> "https://" + host(c.admin().bindAddress()) + ":" + a.port());
    adminUrl.ifPresent(
        url ->
            out.println(
                "  admin API       " + url + "/api/v1  (KMIP over HTTPS: " + url + "/kmip)"));
    node.fipsStatusServer()
        .ifPresent(
            s ->
                out.println(
                    "  FIPS status     https://"
                        + host(c.fips().status().bindAddress())
                        + ":"
                        + s.port()
                        + "/status.html"));
    Optional<FirstRun.Result> first = node.firstRun();
    if (first.isPresent()) {
      out.println();
      out.println("First start: created the client user '" + first.get().user() + "'.");
      out.println("  Its client bundle (certificate, key, password, pykmip.conf):");
      out.println("  " + first.get().bundle());
    }
    Optional<InitialAdministrator> admin = node.initialAdministrator();
    if (admin.isPresent()) {
      out.println();
      out.println(
          "First start: created the administrator '"
              + admin.get().name()
              + "' with every permission area.");
      Optional<char[]> password = admin.get().takePassword();
      if (password.isPresent()) {
        String rule = "  " + "*".repeat(68);
        out.println(rule);
        out.println("  ADMINISTRATOR PASSWORD, shown only this once and stored nowhere in clear:");
        out.println();
        out.print("      ");
        out.print(password.get());
        out.println();
        out.println();
        out.println("  Keep it in a password manager now; change it after the first login.");
        out.println(rule);
        Arrays.fill(password.get(), '\0');
      } else {
        out.println("  Its password is the one ARCA_ADMIN_PASSWORD gave.");
      }
      adminUrl.ifPresent(url -> out.println("  Log in at " + url + "/api/v1/login"));
    }
    out.println();
    Optional<String> error = CryptoModule.instance().errorState();
    if (error.isPresent()) {
      out.println("ERROR STATE: " + error.get() + ".");
      out.println("  KMIP and every key service refuse all requests, and nobody can log in; the");
      out.println("  FIPS status server and the admin API's /health show the failure. Restart the");
      out.println("  node once the cause is found; the self-tests run again at every start.");
    } else {
      out.println("Ready. Stop with Ctrl-C.");
    }
    out.flush();
  }

  /** Where this host reaches a bound address: itself, or loopback for a wildcard. */
  private static String host(String bind) {
    if (bind.equals("0.0.0.0") || bind.equals("::")) {
      return "127.0.0.1";
    }
    return bind.indexOf(':') >= 0 ? "[" + bind + "]" : bind;
  }
}
