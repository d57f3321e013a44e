package dev.arca.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code arca key} and {@code arca completion} without a server: parsing, help, errors. */
class KeyCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Map<String, String> env = new HashMap<>();
  private PrintStream savedOut;
  private PrintStream savedErr;
  private Function<String, String> savedEnv;

  @BeforeEach
  void capture() {
    savedOut = System.out;
    savedErr = System.err;
    savedEnv = KmipConnectionOptions.environment;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    KmipConnectionOptions.environment = env::get;
  }

  @AfterEach
  void restore() {
    System.setOut(savedOut);
    System.setErr(savedErr);
    KmipConnectionOptions.environment = savedEnv;
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "create",
        "list",
        "show",
        "rekey",
        "activate",
        "revoke",
        "destroy",
        "get",
        "share",
        "unshare"
      })
  void everyKeyCommandHasHelpWithAnExample(String command) {
    assertThat(Main.run("key", command, "--help")).isZero();
    assertThat(stdout())
        .startsWith("Usage: arca key " + command)
        .contains("--bundle=DIR")
        .contains("--json")
        .contains("Examples:")
        .contains("arca key " + command);
  }

  @Test
  void theGroupAndTheRootListTheNewCommands() {
    assertThat(Main.run("key", "--help")).isZero();
    assertThat(stdout()).contains("ARCA_BUNDLE").contains("Exit codes");
    out.reset();
    assertThat(Main.run("--help")).isZero();
    assertThat(stdout()).contains("key").contains("completion");
  }

  @Test
  void withoutConnectionSettingsTheErrorSaysWhatToGive() {
    assertThat(Main.run("key", "list")).isEqualTo(1);
    assertThat(stderr())
        .isEqualTo(
            "arca: no KMIP server given: use --bundle DIR (or ARCA_BUNDLE), or --server"
                + " HOST:PORT with --cert, --key and --cacert\n");
    assertThat(stdout()).isEmpty();
  }

  @Test
  void theBundleComesFromTheEnvironment() {
    Path missing = dir.resolve("no-bundle");
    env.put("ARCA_BUNDLE", missing.toString());
    assertThat(Main.run("key", "list")).isEqualTo(1);
    assertThat(stderr()).isEqualTo("arca: client bundle " + missing + ": not a directory\n");
  }

  @Test
  void aServerWithoutClientCertificateOrCaIsRefusedBeforeConnecting() {
    assertThat(Main.run("key", "list", "--server", "127.0.0.1:1")).isEqualTo(1);
    assertThat(stderr()).startsWith("arca: no client certificate:");
    err.reset();
    assertThat(Main.run("key", "list", "--server", "127.0.0.1:1", "--cert", "c.pem")).isEqualTo(1);
    assertThat(stderr()).isEqualTo("arca: --cert and --key go together\n");
    err.reset();
    assertThat(Main.run("key", "list", "--server", "host:http", "--bundle", dir.toString()))
        .isEqualTo(1);
    assertThat(stderr())
        .isEqualTo("arca: server address 'host:http': port 'http' is not a number\n");
  }

  @Test
  void anUnknownKmipVersionIsNamed() throws IOException {
    Path cert = Files.writeString(dir.resolve("c.pem"), "x");
    assertThat(
            Main.run(
                "key",
                "list",
                "--server",
                "127.0.0.1:1",
                "--cert",
                cert.toString(),
                "--key",
                cert.toString(),
                "--cacert",
                cert.toString(),
                "--kmip-version",
                "3.0"))
        .isEqualTo(1);
    assertThat(stderr()).startsWith("arca: ").doesNotContain("\n\n");
    assertThat(stderr().lines()).hasSize(1);
  }

  @Test
  void getWritesKeyMaterialOnlyWhereToldTo() {
    env.put("ARCA_BUNDLE", dir.toString());
    assertThat(Main.run("key", "get", "some-id")).isEqualTo(1);
    assertThat(stderr())
        .isEqualTo(
            "arca: key material is written only where you say: give --out FILE, or --out - for"
                + " standard output\n");
    err.reset();
    assertThat(Main.run("key", "get", "some-id", "--out", "-", "--json")).isEqualTo(1);
    assertThat(stderr()).contains("choose one");
    assertThat(stdout()).isEmpty();
  }

  @Test
  void getRefusesToOverwriteAFile() throws IOException {
    Path existing = Files.writeString(dir.resolve("k.bin"), "old");
    env.put("ARCA_BUNDLE", dir.toString());
    assertThat(Main.run("key", "get", "id", "--out", existing.toString())).isEqualTo(1);
    assertThat(stderr())
        .isEqualTo("arca: " + existing + " exists; choose a new file or add --force\n");
    assertThat(Files.readString(existing)).isEqualTo("old");
  }

  @Test
  void keyFilesAreCreatedOwnerOnly() throws IOException {
    Path file = dir.resolve("key.bin");
    KeyGetCommand.writePrivate(file, new byte[] {1, 2, 3}, false);

    assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThatThrownBy(() -> KeyGetCommand.writePrivate(file, new byte[1], false))
        .isInstanceOf(IOException.class);
    KeyGetCommand.writePrivate(file, new byte[] {9}, true);
    assertThat(Files.readAllBytes(file)).containsExactly(9);
  }

  @Test
  void selectionNeedsAnIdOrANameButNotBoth() {
    // Checked before any request: the client is not used.
    KeySelector s = new KeySelector();
    s.id = "1";
    s.name = "k";
    assertThatThrownBy(() -> s.resolve(null)).hasMessage("give the key's ID or --name, not both");
    s.name = null;
    s.id = null;
    assertThatThrownBy(() -> s.resolve(null)).hasMessage("which key? give its ID or --name NAME");
    s.version = 2;
    assertThatThrownBy(() -> s.resolve(null)).hasMessage("--version needs --name");
  }

  @Test
  void badOptionValuesNameTheChoices() {
    assertThat(Main.run("key", "create", "--algorithm", "rot13", "--bundle", dir.toString()))
        .isEqualTo(2);
    assertThat(stderr()).contains("'rot13' is not a CryptographicAlgorithm, e.g. aes");
    err.reset();
    assertThat(Main.run("key", "revoke", "x", "--reason", "boredom")).isEqualTo(2);
    assertThat(stderr()).contains("'boredom' is not a RevocationReasonCode");
  }

  @Test
  void createRefusesAttributesThatAreNotCustom() {
    env.put("ARCA_BUNDLE", dir.toString());
    assertThat(Main.run("key", "create", "--attribute", "owner=me")).isEqualTo(1);
    assertThat(stderr())
        .isEqualTo(
            "arca: --attribute 'owner=me': a custom attribute name starts with 'x-', e.g. x-owner; was 'owner'\n");
  }

  @Test
  void revokeDatesGoWithCompromise() {
    assertThat(Main.run("key", "revoke", "x", "--compromise-date", "2024-01-01T00:00:00Z"))
        .isEqualTo(1);
    assertThat(stderr())
        .isEqualTo("arca: --compromise-date goes with --reason key-compromise or ca-compromise\n");
    err.reset();
    assertThat(
            Main.run(
                "key", "revoke", "x", "--reason", "key-compromise", "--compromise-date", "May"))
        .isEqualTo(1);
    assertThat(stderr()).contains("is not ISO 8601");
  }

  @Test
  void completionPrintsABashScriptWithTheKeyCommands() {
    assertThat(Main.run("completion")).isZero();
    String script = stdout();
    assertThat(script).startsWith("#!/usr/bin/env bash").contains("key").contains("rekey");
    assertThat(script).contains("--all-versions").contains("hmac-sha256");
    out.reset();

    assertThat(Main.run("completion", "zsh")).isZero();
    assertThat(stdout()).startsWith("autoload -U +X compinit && compinit\n");
    out.reset();

    assertThat(Main.run("completion", "fish")).isEqualTo(1);
    assertThat(stderr()).isEqualTo("arca: no completion for shell 'fish'; choose bash or zsh\n");
  }
}
