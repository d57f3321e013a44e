package dev.arca.server.testing;

import dev.arca.core.crypto.CryptoModule;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The process side of {@link FipsNodeProcess}: a JVM started with BC-FIPS in approved-only mode
 * that runs {@link NodeFixture}s in FIPS mode on command. Approved-only mode is per JVM and fixed
 * when BC-FIPS loads, so FIPS-mode tests run their node here rather than in the test JVM.
 *
 * <p>Commands, one per line on standard input: {@code start} and {@code fresh} (a new node on a new
 * data directory, the previous one closed), {@code force NAME} (the self-test switch, read by the
 * pairwise consistency test on every key pair), {@code quit}. Each answers one line on standard
 * output starting with {@value #PREFIX}: {@code ready kmip=… admin=… status=… bundle=…}, {@code ok}
 * or {@code error …}.
 */
public final class FipsNodeMain {

  /** The prefix of every answer line; the node's own output is told apart by it. */
  public static final String PREFIX = "ARCA-FIPS-NODE ";

  private FipsNodeMain() {}

  public static void main(String[] args) throws Exception {
    PrintStream answers = System.out;
    NodeFixture node = null;
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      String command = line.trim();
      try {
        if (command.equals("start") || command.equals("fresh")) {
          if (node != null) {
            node.close();
          }
          node = NodeFixture.startInFipsMode();
          answers.println(
              PREFIX
                  + "ready kmip="
                  + node.port()
                  + " admin="
                  + node.adminPort()
                  + " status="
                  + node.node.fipsStatusServer().orElseThrow().port()
                  + " bundle="
                  + node.bundle().toAbsolutePath());
        } else if (command.startsWith("force ")) {
          System.setProperty(CryptoModule.FORCE_FAILURE_PROPERTY, command.substring(6).trim());
          answers.println(PREFIX + "ok");
        } else if (command.equals("quit")) {
          break;
        } else {
          answers.println(PREFIX + "error unknown command " + command);
        }
      } catch (RuntimeException e) {
        answers.println(PREFIX + "error " + e.getMessage().replace('\n', ' '));
      }
      answers.flush();
    }
    if (node != null) {
      node.close();
    }
    answers.println(PREFIX + "bye");
    answers.flush();
    System.exit(0);
  }
}
