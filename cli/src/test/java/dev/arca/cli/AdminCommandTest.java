package dev.arca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The admin commands without a node: help, parsing, the settings checked before any connection, and
 * the failures that need no answer (no session, an expired one, one for another node).
 */
class AdminCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Map<String, String> env = new HashMap<>();
  private final FakeTerminal terminal = new FakeTerminal();
  private PrintStream savedOut;
  private PrintStream savedErr;
  private Function<String, String> savedEnv;
  private Function<String, String> savedKmipEnv;
  private PasswordInput.Terminal savedTerminal;
  private InputStream savedStdin;

  /** A console that answers from a queue, and records its prompts. */
  static final class FakeTerminal implements PasswordInput.Terminal {
    final Deque<String> answers = new ArrayDeque<>();
    final List<String> prompts = new ArrayList<>();
    boolean present = true;

    @Override
    public Optional<char[]> readPassword(String prompt) {
      prompts.add(prompt);
      return present && !answers.isEmpty()
          ? Optional.of(answers.poll().toCharArray())
          : Optional.empty();
    }

    @Override
    public Optional<String> readLine(String prompt) {
      prompts.add(prompt);
      return present && !answers.isEmpty() ? Optional.of(answers.poll()) : Optional.empty();
    }
  }

  @BeforeEach
  void capture() {
    savedOut = System.out;
    savedErr = System.err;
    savedEnv = AdminConnectionOptions.environment;
    savedKmipEnv = KmipConnectionOptions.environment;
    savedTerminal = PasswordInput.terminal;
    savedStdin = PasswordInput.stdin;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
    AdminConnectionOptions.environment = env::get;
    KmipConnectionOptions.environment = env::get;
    PasswordInput.terminal = terminal;
    PasswordInput.stdin = new ByteArrayInputStream(new byte[0]);
  }

  @AfterEach
  void restore() {
    System.setOut(savedOut);
    System.setErr(savedErr);
    AdminConnectionOptions.environment = savedEnv;
    KmipConnectionOptions.environment = savedKmipEnv;
    PasswordInput.terminal = savedTerminal;
    PasswordInput.stdin = savedStdin;
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private void assertOneLine(int exitCode, int expected, String... fragments) {
    assertThat(exitCode).as(stderr()).isEqualTo(expected);
    assertThat(stderr()).startsWith("arca: ").endsWith("\n");
    assertThat(stderr().lines()).hasSize(1);
    assertThat(stderr()).contains(fragments);
  }

  private SessionFile sessionFile() {
    return SessionFile.of(env::get);
  }

  private void storeSession(String url, Instant expires) throws CliException {
    sessionFile()
        .write(
            new SessionFile.Session(
                url,
                "admin",
                "token-0123456789",
                expires,
                900,
                Optional.empty(),
                Instant.parse("2030-01-01T00:00:00Z")));
  }

  // ---- help ----------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "login",
        "logout",
        "status",
        "user create",
        "user list",
        "user show",
        "user delete",
        "user passwd",
        "user enable",
        "user disable",
        "user bundle",
        "admin create",
        "admin list",
        "admin show",
        "admin delete",
        "admin passwd",
        "admin permissions",
        "admin unlock",
        "admin enable",
        "admin disable",
        "listener list",
        "listener show",
        "listener set",
        "ca list",
        "ca show",
        "cert list",
        "cert show"
      })
  void everyAdminCommandHasHelpWithAnExampleAndBothMeaningsOfArcaUser(String command) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("--help");
    assertThat(Main.run(args.toArray(new String[0]))).isZero();
    assertThat(stdout())
        .startsWith("Usage: arca " + command)
        .contains("--url=URL")
        .contains("--cacert=FILE")
        .contains("--json")
        .contains("Examples:")
        .contains("arca " + command);
    // --user and --password name an administrator here, the client user for 'arca key'.
    assertThat(stdout().replaceAll("\\s+", " "))
        .contains("Administrator to log in as for this one call")
        .contains("'arca key' reads as the KMIP client user instead");
  }

  @Test
  void theKeyCommandsSayTheirUserIsTheClientUser() {
    assertThat(Main.run("key", "list", "--help")).isZero();
    assertThat(stdout().replaceAll("\\s+", " "))
        .contains("KMIP username of the client user")
        .contains("which the admin commands read as an administrator instead");
  }

  @Test
  void theRootAndTheGroupsListTheAdminCommands() {
    assertThat(Main.run("--help")).isZero();
    assertThat(stdout())
        .contains("login")
        .contains("logout")
        .contains("status")
        .contains("user")
        .contains("admin")
        .contains("listener")
        .contains("ca")
        .contains("cert")
        .contains("arca listener set default --allow-key-export false");
    for (String group : new String[] {"user", "admin", "listener", "ca", "cert"}) {
      out.reset();
      assertThat(Main.run(group, "--help")).isZero();
      assertThat(stdout()).contains("Exit codes").contains("ARCA_USER").contains("Examples:");
    }
  }

  @Test
  void everyAdminCommandCompletesInBash() {
    assertThat(Main.run("completion", "bash")).isZero();
    assertThat(stdout())
        .contains("--allow-key-export")
        .contains("tls-session-and-username")
        .contains("high-access");
  }

  // ---- usage errors: one line, exit code 2 ---------------------------------------------------

  @Test
  void aListenerChangeNeedsASetting() {
    assertOneLine(Main.run("listener", "set", "default"), 2, "nothing to change");
  }

  @Test
  void aListenerFlagTakesTrueOrFalse() {
    assertOneLine(
        Main.run("listener", "set", "default", "--allow-key-export", "maybe"),
        2,
        "'maybe' is not a boolean");
  }

  @Test
  void aListenerModeAndFieldAreChecked() {
    assertOneLine(
        Main.run("listener", "set", "default", "--client-certificate", "always"),
        2,
        "not-used, tls-session-only or tls-session-and-username");
    err.reset();
    assertOneLine(
        Main.run("listener", "set", "default", "--username-field", "XX"),
        2,
        "UID, CN, SN, E or OU");
    err.reset();
    assertOneLine(
        Main.run("listener", "set", "default", "--idle-timeout", "soon"),
        2,
        "'soon' is not a duration");
  }

  @Test
  void permissionsNeedAreasOrNone() {
    assertOneLine(Main.run("admin", "permissions", "bob"), 2, "or --none");
    err.reset();
    assertOneLine(Main.run("admin", "permissions", "bob", "users", "--none"), 2, "not both");
    err.reset();
    assertOneLine(
        Main.run("admin", "permissions", "bob", "users,root"),
        2,
        "'root' is not a permission area",
        "high-access");
  }

  @Test
  void pemAndJsonExcludeEachOther() {
    assertOneLine(Main.run("ca", "show", "local", "--pem", "--json"), 2, "--pem and --json");
  }

  @Test
  void aMissingArgumentIsAUsageError() {
    assertOneLine(Main.run("user", "create"), 2, "Missing required parameter: 'NAME'");
  }

  // ---- settings refused before anything is asked or sent -------------------------------------

  @Test
  void aPasswordArgumentIsTheAdministratorsAndNeedsItsName() {
    assertOneLine(
        Main.run("user", "create", "bob", "--password", "secret-password-1"),
        1,
        "--password is an administrator's own password",
        "--password-file");
    assertThat(terminal.prompts).isEmpty();
  }

  @Test
  void plainHttpIsRefused() {
    assertOneLine(Main.run("status", "--url", "http://kms.example.com:9443"), 1, "HTTPS only");
  }

  @Test
  void aNewPasswordNeedsAConsoleOrAFile() {
    terminal.present = false;
    assertOneLine(Main.run("user", "create", "bob"), 1, "no console", "--password-stdin");
  }

  @Test
  void aNewPasswordIsAskedTwiceAndMustMatch() {
    terminal.answers.add("first-password-0123");
    terminal.answers.add("other-password-0123");
    assertOneLine(Main.run("user", "create", "bob"), 1, "the two passwords differ");
    assertThat(terminal.prompts)
        .containsExactly("New password for client user bob: ", "Repeat the password: ");
  }

  @Test
  void passwordFileAndStdinExcludeEachOther() throws Exception {
    Path pw = Files.writeString(dir.resolve("pw"), "secret-password-1\n");
    assertOneLine(
        Main.run("user", "passwd", "bob", "--password-file", pw.toString(), "--password-stdin"),
        1,
        "exclude each other");
  }

  @Test
  void anEmptyPasswordFileIsRefused() throws Exception {
    Path pw = Files.writeString(dir.resolve("pw"), "\nsecond line\n");
    assertOneLine(
        Main.run("user", "passwd", "bob", "--password-file", pw.toString()),
        1,
        "the first line, the password, is empty");
  }

  @Test
  void aBundleGoesIntoANewOrEmptyDirectory() throws Exception {
    Path full = Files.createDirectories(dir.resolve("full"));
    Files.writeString(full.resolve("something"), "x");
    assertOneLine(
        Main.run("user", "bundle", "bob", full.toString()), 1, "is not empty", full.toString());
  }

  @Test
  void aBundlePasswordMustFitPyKmip() throws Exception {
    Path pw = Files.writeString(dir.resolve("pw"), " leading-space-password\n");
    assertOneLine(
        Main.run(
            "user", "bundle", "bob", dir.resolve("b").toString(), "--password-file", pw.toString()),
        1,
        "white space");
    err.reset();
    Path none = Files.writeString(dir.resolve("none"), "None\n");
    assertOneLine(
        Main.run(
            "user",
            "bundle",
            "bob",
            dir.resolve("b").toString(),
            "--password-file",
            none.toString()),
        1,
        "PyKMIP reads 'None'");
  }

  // ---- sessions --------------------------------------------------------------------------------

  @Test
  void withoutASessionACommandExitsWithFour() {
    assertOneLine(
        Main.run("user", "list"), 4, "not logged in to https://localhost:9443", "arca login");
  }

  @Test
  void anExpiredSessionExitsWithFourAndIsRemoved() throws Exception {
    storeSession("https://kms1.example.com:9443", Instant.parse("2020-01-01T00:00:00Z"));
    assertOneLine(Main.run("status"), 4, "expired at 2020-01-01T00:00:00Z", "arca login");
    assertThat(sessionFile().path()).doesNotExist();
  }

  @Test
  void aSessionForAnotherNodeIsNotUsed() throws Exception {
    storeSession("https://kms1.example.com:9443", Instant.parse("2999-01-01T00:00:00Z"));
    env.put("ARCA_URL", "https://KMS2.example.com:9443/");
    assertOneLine(
        Main.run("status"),
        4,
        "not logged in to https://kms2.example.com:9443",
        "the stored session is for https://kms1.example.com:9443");
    assertThat(sessionFile().path()).exists();
  }

  @Test
  void aSessionIsOnlyUsedAsItsOwnAdministrator() throws Exception {
    storeSession("https://kms1.example.com:9443", Instant.parse("2999-01-01T00:00:00Z"));
    assertOneLine(
        Main.run("status", "--user", "officer"), 4, "administrator admin's, not officer's");
  }

  @Test
  void logoutWithoutASessionSaysSo() {
    assertThat(Main.run("logout")).isZero();
    assertThat(stdout()).isEqualTo("Not logged in.\n");
    out.reset();
    assertThat(Main.run("logout", "--json")).isZero();
    assertThat(stdout()).contains("\"loggedOut\" : false");
  }

  @Test
  void logoutRemovesTheSessionEvenWhenTheNodeDoesNotAnswer() throws Exception {
    storeSession("https://127.0.0.1:1", Instant.parse("2999-01-01T00:00:00Z"));
    Path ca = dir.resolve("ca.pem");
    Files.writeString(ca, PemCertificatesTest.CA_PEM);
    assertThat(Main.run("logout", "--cacert", ca.toString(), "--timeout", "2")).isZero();
    assertThat(stdout()).startsWith("Logged out here; the node did not end the session (");
    assertThat(sessionFile().path()).doesNotExist();
  }

  @Test
  void loginWithoutAConsoleNeedsTheNameAndPasswordGiven() {
    terminal.present = false;
    assertOneLine(Main.run("login"), 1, "no administrator given", "--user NAME");
    err.reset();
    assertOneLine(Main.run("login", "--user", "admin"), 1, "no console to ask the password on");
  }

  @Test
  void loginAsksOnTheConsole() {
    terminal.answers.add("admin");
    terminal.answers.add("admin-password-0123");
    // Nothing listens on port 1: the login fails only when it connects, after asking.
    assertThat(
            Main.run(
                "login",
                "--url",
                "https://127.0.0.1:1",
                "--timeout",
                "2",
                "--cacert",
                writeCa().toString()))
        .isEqualTo(3);
    assertThat(terminal.prompts)
        .containsExactly("Administrator: ", "Password of admin at https://127.0.0.1:1: ");
    assertThat(stderr()).isEqualTo("arca: cannot reach https://127.0.0.1:1: connection refused\n");
    assertThat(sessionFile().path()).doesNotExist();
  }

  private Path writeCa() {
    try {
      return Files.writeString(dir.resolve("ca.pem"), PemCertificatesTest.CA_PEM);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
