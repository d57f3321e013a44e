package dev.arca.server.testing;

import dev.arca.core.crypto.CryptoModule;
import dev.arca.server.pki.ClientBundle;
import dev.arca.server.tls.TlsContexts;
import dev.arca.server.tls.TlsMaterial;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A node in FIPS mode in its own JVM, started with {@code
 * -Dorg.bouncycastle.fips.approved_only=true} so that BC-FIPS loads in approved-only mode, as
 * {@code arca server} starts it. The test talks to it over real sockets on 127.0.0.1: KMIP over
 * mutual TLS, the admin port and the FIPS status server; the first user's client bundle is on the
 * shared file system. {@link #fresh()} replaces the node with a new one on an empty data directory
 * (sub-second once the JVM has loaded BC-FIPS); {@link #force} sets the self-test failure switch.
 */
public final class FipsNodeProcess implements AutoCloseable {

  /** How long a JVM start or a node start may take before the test gives up on the process. */
  private static final long START_LIMIT_SECONDS = 180;

  private final Process process;
  private final Path log;
  private final Writer commands;
  private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
  private volatile Map<String, String> ready = Map.of();

  private FipsNodeProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
    this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                      new BufferedReader(
                          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                  Writer logFile = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                String line;
                while ((line = out.readLine()) != null) {
                  if (line.startsWith(FipsNodeMain.PREFIX)) {
                    answers.add(line.substring(FipsNodeMain.PREFIX.length()));
                  } else {
                    logFile.write(line);
                    logFile.write('\n');
                    logFile.flush();
                  }
                }
              } catch (IOException e) {
                // The process ended.
              }
              answers.add("error the FIPS node process ended");
            },
            "fips-node-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts the JVM and a first node in it. */
  public static FipsNodeProcess start() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dorg.bouncycastle.fips.approved_only=true");
    command.add("-cp");
    // Under Maven the test JVM's own class path is a manifest-only jar; Surefire and Failsafe
    // name the real one in surefire.test.class.path.
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(FipsNodeMain.class.getName());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.redirectErrorStream(true);
    FipsNodeProcess p;
    try {
      // The node's log, kept for diagnosis; its path is printed once.
      Path log = Files.createTempFile("arca-fips-node-", ".log");
      System.out.println("FIPS node process log: " + log);
      p = new FipsNodeProcess(builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the FIPS node JVM", e);
    }
    try {
      p.command("start", true);
    } catch (RuntimeException e) {
      p.close();
      throw e;
    }
    return p;
  }

  /** Closes the node and starts a new one on a new, empty data directory. */
  public void fresh() {
    command("fresh", true);
  }

  /** Sets the self-test failure switch ({@code arca.selftest.fail}) in the node's JVM. */
  public void force(String selfTest) {
    command("force " + selfTest, false);
  }

  private void command(String line, boolean expectReady) {
    String answer;
    try {
      commands.write(line + "\n");
      commands.flush();
      answer = answers.poll(START_LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new UncheckedIOException("the FIPS node process does not take commands", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    if (answer == null) {
      throw new IllegalStateException("the FIPS node process did not answer '" + line + "'");
    }
    if (answer.startsWith("error")) {
      throw new IllegalStateException("FIPS node: " + answer);
    }
    if (expectReady) {
      if (!answer.startsWith("ready ")) {
        throw new IllegalStateException("FIPS node: unexpected answer " + answer);
      }
      Map<String, String> fields = new HashMap<>();
      for (String part : answer.substring(6).split(" ")) {
        int eq = part.indexOf('=');
        fields.put(part.substring(0, eq), part.substring(eq + 1));
      }
      ready = Map.copyOf(fields);
    }
  }

  public int kmipPort() {
    return Integer.parseInt(ready.get("kmip"));
  }

  public int adminPort() {
    return Integer.parseInt(ready.get("admin"));
  }

  public int statusPort() {
    return Integer.parseInt(ready.get("status"));
  }

  /** The FIPS status server, {@code https://127.0.0.1:<port>}. */
  public String statusUrl() {
    return "https://127.0.0.1:" + statusPort();
  }

  /** The admin port, {@code https://127.0.0.1:<port>}. */
  public String adminUrl() {
    return "https://127.0.0.1:" + adminPort();
  }

  /** The first user's client bundle (certificate, key, CA, password, pykmip.conf). */
  public Path bundle() {
    return Path.of(ready.get("bundle"));
  }

  /** The node's local CA certificates. */
  public List<X509Certificate> caCertificates() {
    return NodeFixture.certificates(bundle().resolve(ClientBundle.CA_FILE));
  }

  /** The first user's TLS material from its bundle. */
  public TlsMaterial clientMaterial() {
    // The bundle's PEM files are read through the BC-FIPS provider of this JVM.
    CryptoModule.instance();
    return NodeFixture.bundleMaterial(bundle());
  }

  /** A KMIP connection with the first user's certificate. */
  public KmipTestClient connect() throws IOException {
    return KmipTestClient.connect(
        TlsContexts.client(clientMaterial()), new InetSocketAddress("127.0.0.1", kmipPort()));
  }

  @Override
  public void close() {
    try {
      commands.write("quit\n");
      commands.flush();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      } else if (process.exitValue() == 0) {
        // A clean run leaves nothing behind; a failed one keeps its log for diagnosis.
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
