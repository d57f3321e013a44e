package dev.arca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arca.server.pki.ClientBundle;
import dev.arca.server.testing.NodeFixture;
import dev.arca.server.tls.TlsContexts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin commands through the real launcher ({@code ./arca}, {@code ARCA_NO_BUILD=1}) against a
 * node started by the test: the issue's scenario from login to a refused key export, and the
 * failures a script must be able to tell apart by exit code.
 *
 * <p>Listing the key "as admin" uses the admin API's key listing with the session token {@code arca
 * login} stored: the command contract has no admin key listing ({@code arca key} is the KMIP
 * client), so the test reads {@code GET /api/v1/keys} directly, which also proves that the stored
 * session works for any client of the API.
 */
class AdminCommandIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static NodeFixture node;
  private static Path root;

  @TempDir Path dir;

  /** Every output of the test, to check that no password or token ever appears in one. */
  private final List<String> outputs = new ArrayList<>();

  private Path config;

  @BeforeAll
  static void start() {
    root = Path.of("").toAbsolutePath().getParent();
    assertThat(root.resolve("arca")).isExecutable();
    node = NodeFixture.start();
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  @BeforeEach
  void configDirectory() throws IOException {
    config = Files.createDirectories(dir.resolve("config"));
  }

  private record Result(int exitCode, String stdout, String stderr) {
    JsonNode json() throws IOException {
      return JSON.readTree(stdout);
    }

    @Override
    public String toString() {
      return "exit " + exitCode + ", stdout: " + stdout + ", stderr: " + stderr;
    }
  }

  /** {@code arca ARGS} with this test's config directory, {@code stdin} as standard input. */
  private Result arca(Map<String, String> env, String stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(root.resolve("arca").toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().keySet().removeIf(k -> k.startsWith("ARCA_"));
    pb.environment().put("ARCA_NO_BUILD", "1");
    pb.environment().put("XDG_CONFIG_HOME", config.toString());
    pb.environment().putAll(env);
    Path in = Files.createTempFile(dir, "stdin", ".txt");
    Path out = Files.createTempFile(dir, "stdout", ".txt");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    try {
      Files.writeString(in, stdin, StandardCharsets.UTF_8);
      pb.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("arca " + String.join(" ", args) + " did not finish in 120 s");
      }
      Result r =
          new Result(
              p.exitValue(),
              Files.readString(out, StandardCharsets.UTF_8),
              Files.readString(err, StandardCharsets.UTF_8));
      outputs.add(r.stdout());
      outputs.add(r.stderr());
      return r;
    } finally {
      Files.deleteIfExists(in);
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** {@code arca ARGS} with the node's URL in {@code ARCA_URL}. */
  private Result arca(String... args) throws Exception {
    return arca(Map.of("ARCA_URL", node.adminUrl()), "", args);
  }

  /** As {@link #arca(String...)}, and it must succeed. */
  private Result ok(String... args) throws Exception {
    Result r = arca(args);
    assertThat(r.exitCode()).as("arca %s: %s", String.join(" ", args), r).isZero();
    return r;
  }

  private Result okWithStdin(String stdin, String... args) throws Exception {
    Result r = arca(Map.of("ARCA_URL", node.adminUrl()), stdin, args);
    assertThat(r.exitCode()).as("arca %s: %s", String.join(" ", args), r).isZero();
    return r;
  }

  private static void assertOneLineFailure(Result r, int exitCode, String... fragments) {
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(exitCode);
    assertThat(r.stdout()).as(r.toString()).isEmpty();
    assertThat(r.stderr()).startsWith("arca: ").endsWith("\n");
    assertThat(r.stderr().lines()).hasSize(1);
    assertThat(r.stderr()).contains(fragments);
  }

  private Path sessionFile() {
    return config.resolve("arca").resolve("session.json");
  }

  private Path localCa() {
    return node.dataDirectory.resolve("pki").resolve("ca").resolve("local.pem");
  }

  /** Logs in as the fixture's administrator through {@code arca login}. */
  private Result login() throws Exception {
    return okWithStdin(
        NodeFixture.ADMIN_PASSWORD + "\n",
        "login",
        "--user",
        NodeFixture.ADMIN,
        "--cacert",
        localCa().toString(),
        "--password-stdin");
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  void theIssueScenarioFromLoginToARefusedKeyExport() throws Exception {
    Result loggedIn = login();
    assertThat(loggedIn.stdout())
        .startsWith("Logged in to " + node.adminUrl() + " as admin until ")
        .contains(sessionFile().toString());
    assertThat(mode(sessionFile())).isEqualTo("rw-------");
    assertThat(mode(sessionFile().getParent())).isEqualTo("rwx------");
    JsonNode session = JSON.readTree(sessionFile().toFile());
    assertThat(session.get("url").asText()).isEqualTo(node.adminUrl());
    assertThat(session.get("administrator").asText()).isEqualTo("admin");
    assertThat(session.get("cacert").asText()).isEqualTo(localCa().toString());
    String token = session.get("token").asText();
    assertThat(token).hasSizeGreaterThan(40);

    // The status, trusting the node by the CA file the session remembers.
    JsonNode status = ok("status", "--json").json();
    assertThat(status.get("node").asText()).isEqualTo("test-node");
    assertThat(status.get("version").asText()).isNotEmpty();
    assertThat(ok("status").stdout()).contains("Node").contains("test-node").contains("LISTENER");

    // A client user with its bundle.
    String user = "alice" + System.nanoTime() % 100000;
    String userPassword = "alice-password-0123456789";
    Result created = okWithStdin(userPassword + "\n", "user", "create", user, "--password-stdin");
    assertThat(created.stdout()).isEqualTo("Created client user " + user + ".\n");
    JsonNode users = ok("user", "list", "--json").json();
    assertThat(users).extracting(u -> u.get("name").asText()).contains(user, NodeFixture.USER);
    assertThat(ok("user", "list").stdout()).startsWith("NAME").contains(user);

    Path bundle = dir.resolve("bundle");
    JsonNode issued =
        okWithStdin(
                userPassword + "\n",
                "user",
                "bundle",
                user,
                bundle.toString(),
                "--password-stdin",
                "--json")
            .json();
    assertThat(issued.get("user").asText()).isEqualTo(user);
    assertThat(issued.get("directory").asText()).isEqualTo(bundle.toString());
    assertThat(issued.get("subject").asText()).contains("CN=" + user);
    assertThat(issued.toString()).doesNotContain("PRIVATE KEY").doesNotContain(userPassword);
    assertThat(mode(bundle)).isEqualTo("rwx------");
    assertThat(mode(bundle.resolve(ClientBundle.KEY_FILE))).isEqualTo("rw-------");
    assertThat(mode(bundle.resolve(ClientBundle.PASSWORD_FILE))).isEqualTo("rw-------");
    assertThat(mode(bundle.resolve(ClientBundle.PYKMIP_CONFIG))).isEqualTo("rw-------");
    assertThat(mode(bundle.resolve(ClientBundle.CERTIFICATE_FILE))).isEqualTo("rw-r--r--");
    assertThat(mode(bundle.resolve(ClientBundle.CA_FILE))).isEqualTo("rw-r--r--");
    assertThat(bundle.resolve(ClientBundle.README)).exists();
    assertThat(Files.readString(bundle.resolve(ClientBundle.PASSWORD_FILE)))
        .isEqualTo(userPassword + "\n");
    assertThat(Files.readString(bundle.resolve(ClientBundle.KEY_FILE)))
        .startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(Files.readString(bundle.resolve(ClientBundle.PYKMIP_CONFIG)))
        .contains("certfile=" + bundle.resolve(ClientBundle.CERTIFICATE_FILE))
        .contains("username=" + user)
        .contains("password=" + userPassword);

    // A key created and rekeyed by the user with 'arca key' and the bundle.
    String key = "cli-admin-it-" + System.nanoTime();
    JsonNode v0 =
        ok("key", "create", "--name", key, "--bundle", bundle.toString(), "--json").json();
    JsonNode v1 = ok("key", "rekey", "--name", key, "--bundle", bundle.toString(), "--json").json();
    assertThat(v1.get("version").asInt()).isEqualTo(1);

    // Listed as admin: the admin API's key listing with the stored session.
    JsonNode listed = adminGet(token, "/api/v1/keys?versions=all&name=" + key);
    assertThat(listed.get("items"))
        .extracting(k -> k.get("id").asText())
        .containsExactlyInAnyOrder(v0.get("id").asText(), v1.get("id").asText());
    assertThat(listed.get("items"))
        .allSatisfy(k -> assertThat(k.get("owner").asText()).isEqualTo(user));
    assertThat(ok("status", "--json").json().get("keysStored").asInt()).isGreaterThanOrEqualTo(2);

    // The listener stops key export: the user's Get is refused, then allowed again.
    JsonNode off = ok("listener", "set", "default", "--allow-key-export", "false", "--json").json();
    assertThat(off.get("allowKeyExport").asBoolean()).isFalse();
    assertThat(ok("listener", "show", "default").stdout())
        .contains("Allow key export                    false");
    Path material = dir.resolve("key.bin");
    Result refused =
        arca(
            "key",
            "get",
            "--name",
            key,
            "--out",
            material.toString(),
            "--bundle",
            bundle.toString());
    assertOneLineFailure(refused, 1, "does not allow key export");
    assertThat(material).doesNotExist();
    Result on = ok("listener", "set", "default", "--allow-key-export", "true");
    assertThat(on.stdout()).startsWith("Changed listener default: allow key export true;");
    ok("key", "get", "--name", key, "--out", material.toString(), "--bundle", bundle.toString());
    assertThat(Files.size(material)).isEqualTo(32);

    // The master key rotates under the running node; the key's material is unchanged after.
    int masterKey = ok("master-key", "show", "--json").json().get("masterKeyId").asInt();
    JsonNode rotated = ok("master-key", "rotate", "--json").json();
    assertThat(rotated.get("masterKeyId").asInt()).isEqualTo(masterKey + 1);
    assertThat(rotated.get("complete").asBoolean()).isTrue();
    Path again = dir.resolve("key-again.bin");
    ok("key", "get", "--name", key, "--out", again.toString(), "--bundle", bundle.toString());
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(material));

    // The user's life goes on: disable, enable, password, delete.
    assertThat(ok("user", "disable", user, "--json").json().get("enabled").asBoolean()).isFalse();
    assertThat(ok("user", "enable", user).stdout())
        .isEqualTo("Enabled client user " + user + ".\n");
    okWithStdin("another-password-0123456\n", "user", "passwd", user, "--password-stdin");
    assertThat(ok("user", "show", user, "--json").json().get("enabled").asBoolean()).isTrue();
    ok("user", "delete", user);
    assertOneLineFailure(arca("user", "show", user), 1, "not found: no client user " + user);

    // Logging out ends the session on the node too.
    assertThat(ok("logout").stdout()).isEqualTo("Logged out of " + node.adminUrl() + " (admin).\n");
    assertThat(sessionFile()).doesNotExist();
    assertThat(adminStatus(token)).isEqualTo(401);
    assertOneLineFailure(arca("user", "list"), 4, "not logged in", "arca login");

    for (String output : outputs) {
      assertThat(output)
          .doesNotContain(token)
          .doesNotContain(NodeFixture.ADMIN_PASSWORD)
          .doesNotContain(userPassword);
    }
  }

  @Test
  void administratorsAndTheirAreas() throws Exception {
    login();
    String officer = "officer" + System.nanoTime() % 100000;
    Path pw = dir.resolve("officer.pw");
    Files.writeString(pw, "officer-password-0123456\n");
    JsonNode created =
        ok(
                "admin",
                "create",
                officer,
                "--permissions",
                "users",
                "--password-file",
                pw.toString(),
                "--json")
            .json();
    assertThat(created.get("permissions")).extracting(JsonNode::asText).containsExactly("USERS");
    assertThat(ok("admin", "list").stdout()).contains(officer).contains("high-access");

    // The officer, for one call, may list users but not listeners.
    Map<String, String> asOfficer = new HashMap<>();
    asOfficer.put("ARCA_URL", node.adminUrl());
    asOfficer.put("ARCA_USER", officer);
    asOfficer.put("ARCA_PASSWORD", "officer-password-0123456");
    asOfficer.put("ARCA_CACERT", node.bundle().resolve(ClientBundle.CA_FILE).toString());
    assertThat(arca(asOfficer, "", "user", "list").exitCode()).isZero();
    assertOneLineFailure(
        arca(asOfficer, "", "listener", "list"), 1, "not permitted", "network permission area");

    JsonNode changed = ok("admin", "permissions", officer, "users,network", "--json").json();
    assertThat(changed.get("permissions"))
        .extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("USERS", "NETWORK");
    assertThat(arca(asOfficer, "", "listener", "list").exitCode()).isZero();

    // A wrong password counts; unlock clears it.
    Map<String, String> wrong = new HashMap<>(asOfficer);
    wrong.put("ARCA_PASSWORD", "not-the-password-0000");
    assertOneLineFailure(
        arca(wrong, "", "status"), 4, "login refused for administrator " + officer, "ARCA_USER");
    assertThat(ok("admin", "show", officer, "--json").json().get("failedLogins").asInt())
        .isEqualTo(1);
    assertThat(ok("admin", "unlock", officer, "--json").json().get("failedLogins").asInt())
        .isZero();

    Path newPw = dir.resolve("new.pw");
    Files.writeString(newPw, "officer-password-6543210\n");
    ok("admin", "passwd", officer, "--password-file", newPw.toString());
    assertOneLineFailure(arca(asOfficer, "", "status"), 4, "login refused");

    ok("admin", "disable", officer);
    ok("admin", "enable", officer);
    assertThat(ok("admin", "delete", officer).stdout())
        .isEqualTo("Deleted administrator " + officer + ".\n");
    assertOneLineFailure(
        arca("admin", "delete", NodeFixture.ADMIN), 1, "refused", "last enabled administrator");
  }

  @Test
  void certificateAuthoritiesAndServerCertificates() throws Exception {
    login();
    assertThat(ok("ca", "list").stdout()).startsWith("NAME").contains("local");
    String pem = ok("ca", "show", "local", "--pem").stdout();
    assertThat(pem)
        .startsWith("-----BEGIN CERTIFICATE-----")
        .endsWith("-----END CERTIFICATE-----\n");
    assertThat(NodeFixture.certificates(write("ca.pem", pem))).hasSize(1);
    JsonNode certificates = ok("cert", "list", "--json").json();
    assertThat(certificates).extracting(c -> c.get("name").asText()).contains("kmip");
    JsonNode kmip = ok("cert", "show", "kmip", "--json").json();
    assertThat(kmip.get("issuedBy").asText()).isEqualTo("local");
    assertThat(kmip.get("pem").asText()).contains("BEGIN CERTIFICATE");
    assertOneLineFailure(arca("cert", "show", "no-such"), 1, "not found");
  }

  @Test
  void aWrongPasswordAtLoginExitsWithFourAndStoresNothing() throws Exception {
    Result r =
        arca(
            Map.of("ARCA_URL", node.adminUrl()),
            "wrong-password-000000\n",
            "login",
            "--user",
            "admin",
            "--cacert",
            localCa().toString(),
            "--password-stdin");
    assertOneLineFailure(r, 4, "login refused for administrator admin");
    assertThat(sessionFile()).doesNotExist();
  }

  @Test
  void withoutASessionEveryAdminCommandExitsWithFour() throws Exception {
    for (String[] command :
        new String[][] {{"status"}, {"user", "list"}, {"admin", "list"}, {"listener", "list"}}) {
      assertOneLineFailure(arca(command), 4, "not logged in to " + node.adminUrl());
    }
  }

  @Test
  void anExpiredOrEndedSessionExitsWithFourAndIsForgotten() throws Exception {
    login();
    JsonNode session = JSON.readTree(sessionFile().toFile());
    String text = Files.readString(sessionFile());

    Files.writeString(
        sessionFile(), text.replace(session.get("expiresAt").asText(), "2020-01-01T00:00:00Z"));
    assertOneLineFailure(arca("status"), 4, "expired at 2020-01-01T00:00:00Z", "arca login");
    assertThat(sessionFile()).doesNotExist();

    // A token the node does not know (a restart ends every session).
    Files.writeString(
        sessionFile(), text.replace(session.get("token").asText(), "bm90LWEtdG9rZW4"));
    Files.setPosixFilePermissions(sessionFile(), PosixFilePermissions.fromString("rw-------"));
    assertOneLineFailure(arca("user", "list"), 4, "has ended", "arca login");
    assertThat(sessionFile()).doesNotExist();
  }

  @Test
  void userAndPasswordLogInForOneCallAndStoreNothing() throws Exception {
    Map<String, String> env =
        Map.of(
            "ARCA_URL",
            node.adminUrl(),
            "ARCA_USER",
            NodeFixture.ADMIN,
            "ARCA_PASSWORD",
            NodeFixture.ADMIN_PASSWORD,
            "ARCA_CACERT",
            localCa().toString());
    Result r = arca(env, "", "user", "show", NodeFixture.USER, "--json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.json().get("name").asText()).isEqualTo(NodeFixture.USER);
    assertThat(sessionFile()).doesNotExist();
  }

  @Test
  void anUnreachableNodeExitsWithThreeAndAnUntrustedOneWithOne() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("ARCA_USER", NodeFixture.ADMIN);
    env.put("ARCA_PASSWORD", NodeFixture.ADMIN_PASSWORD);
    env.put("ARCA_URL", "https://127.0.0.1:1");
    env.put("ARCA_CACERT", localCa().toString());
    assertOneLineFailure(arca(env, "", "status"), 3, "cannot reach https://127.0.0.1:1");

    env.put("ARCA_URL", node.adminUrl());
    env.remove("ARCA_CACERT");
    assertOneLineFailure(arca(env, "", "status"), 1, "TLS with " + node.adminUrl(), "--cacert");
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static HttpResponse<byte[]> adminCall(String token, String path) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .sslContext(TlsContexts.client(node.caCertificates()))
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(node.adminUrl() + path))
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(60))
            .GET()
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static JsonNode adminGet(String token, String path) throws Exception {
    HttpResponse<byte[]> r = adminCall(token, path);
    assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static int adminStatus(String token) throws Exception {
    return adminCall(token, "/api/v1/status").statusCode();
  }
}
