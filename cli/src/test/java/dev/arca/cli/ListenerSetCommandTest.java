package dev.arca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code arca listener set}: from flags to the API's partial change. */
class ListenerSetCommandTest {

  private static ListenerSetCommand parse(String... args) {
    ListenerSetCommand command = new ListenerSetCommand();
    new CommandLine(command).parseArgs(args);
    command.prepare();
    return command;
  }

  @Test
  void onlyTheGivenSettingsAreSent() {
    ObjectNode change =
        parse(
                "default",
                "--port",
                "5697",
                "--bind-address",
                "0.0.0.0",
                "--allow-key-export",
                "false",
                "--allow-key-and-policy-configuration",
                "FALSE",
                "--client-certificate",
                "TLS_session-and-username",
                "--username-field",
                "uid",
                "--require-source-ip",
                "true",
                "--idle-timeout",
                "600s",
                "--tls-protocols",
                "TLSv1.3")
            .change();
    assertThat(change.toString())
        .isEqualTo(
            "{\"bindAddress\":\"0.0.0.0\",\"port\":5697,"
                + "\"clientCertificateMode\":\"tls-session-and-username\","
                + "\"usernameField\":\"UID\",\"requireSourceIpInCertificate\":true,"
                + "\"allowKeyExport\":false,\"allowKeyAndPolicyConfiguration\":false,"
                + "\"idleTimeoutSeconds\":600,\"tlsProtocols\":[\"TLSv1.3\"]}");
    assertThat(parse("default", "--allow-key-export", "true").change().toString())
        .isEqualTo("{\"allowKeyExport\":true}");
  }

  @Test
  void aChangeReadsAsWords() {
    ObjectNode change =
        parse(
                "default",
                "--allow-key-export",
                "false",
                "--idle-timeout",
                "10m",
                "--tls-protocols",
                "TLSv1.3,TLSv1.2")
            .change();
    assertThat(ListenerSetCommand.describe(change))
        .isEqualTo("allow key export false, idle timeout 10 min, TLS protocols TLSv1.3,TLSv1.2");
  }
}
