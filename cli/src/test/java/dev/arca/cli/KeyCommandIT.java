package dev.arca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arca.server.testing.NodeFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code arca key} through the real launcher ({@code ./arca} at the repository root) against a node
 * started by the test. The launcher runs with {@code ARCA_NO_BUILD=1}: in {@code mvn verify} the
 * distribution is packaged before the integration tests, and a test never starts a build.
 */
class KeyCommandIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static NodeFixture node;
  private static Path root;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    // Failsafe runs in the module directory; the launcher is one level up.
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

  private record Result(int exitCode, String stdout, String stderr) {
    JsonNode json() throws IOException {
      return JSON.readTree(stdout);
    }
  }

  private static Result arca(Path launcher, Map<String, String> extraEnv, String... args)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().keySet().removeIf(k -> k.startsWith("ARCA_"));
    pb.environment().put("ARCA_NO_BUILD", "1");
    pb.environment().putAll(extraEnv);
    Path out = Files.createTempFile("arca-out", ".txt");
    Path err = Files.createTempFile("arca-err", ".txt");
    try {
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("arca " + String.join(" ", args) + " did not finish in 120 s");
      }
      return new Result(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** {@code arca ARGS} with the node's client bundle in {@code ARCA_BUNDLE}; must succeed. */
  private static Result key(String... args) throws Exception {
    Result r = arca(root.resolve("arca"), Map.of("ARCA_BUNDLE", node.bundle().toString()), args);
    assertThat(r.exitCode()).as("arca %s: %s", String.join(" ", args), r.stderr()).isZero();
    return r;
  }

  @Test
  void aKeyThroughItsLife() throws Exception {
    String name = "cli-it-" + System.nanoTime();

    JsonNode created = key("key", "create", "--name", name, "--json").json();
    String v0 = created.get("id").asText();
    assertThat(created.get("name").asText()).isEqualTo(name);
    assertThat(created.get("version").asInt()).isZero();
    assertThat(created.get("algorithm").asText()).isEqualTo("AES");
    assertThat(created.get("length").asInt()).isEqualTo(256);
    assertThat(created.get("state").asText()).isEqualTo("Pre-Active");

    Result table = key("key", "list");
    assertThat(table.stdout()).startsWith("ID").contains(v0).contains(name);

    JsonNode shown = key("key", "show", v0, "--json").json();
    assertThat(shown.get("id").asText()).isEqualTo(v0);
    assertThat(shown.get("usage"))
        .extracting(JsonNode::asText)
        .containsExactly("Encrypt", "Decrypt");
    assertThat(shown.get("attributes").get("y-arca-version").asInt()).isZero();
    assertThat(shown.get("attributes").get("Object Type").asText()).isEqualTo("Symmetric Key");

    Result activated = key("key", "activate", "--name", name);
    assertThat(activated.stdout())
        .isEqualTo("Activated key " + v0 + " (" + name + ", version 0, AES 256, Active)\n");

    JsonNode rekeyed = key("key", "rekey", "--name", name, "--json").json();
    String v1 = rekeyed.get("id").asText();
    assertThat(rekeyed.get("previousId").asText()).isEqualTo(v0);
    assertThat(rekeyed.get("version").asInt()).isEqualTo(1);
    JsonNode versions = key("key", "list", "--name", name, "--all-versions", "--json").json();
    assertThat(versions).extracting(n -> n.get("version").asInt()).containsExactlyInAnyOrder(0, 1);
    assertThat(key("key", "show", "--name", name, "--json").json().get("id").asText())
        .isEqualTo(v1);

    Path file = dir.resolve("payments.key");
    JsonNode got =
        key("key", "get", "--name", name, "--version", "0", "--out", file.toString(), "--json")
            .json();
    assertThat(got.get("bytes").asInt()).isEqualTo(32);
    assertThat(got.get("format").asText()).isEqualTo("Raw");
    assertThat(Files.size(file)).isEqualTo(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");

    Result revoked = key("key", "revoke", v0, "--reason", "superseded");
    assertThat(revoked.stdout()).contains("Revoked key " + v0).contains("Deactivated");
    JsonNode destroyed = key("key", "destroy", v0, "--json").json();
    assertThat(destroyed.get("state").asText()).isEqualTo("Destroyed");
  }

  @Test
  void theOwnerSharesAKeyWithAGroupAndTakesItBack() throws Exception {
    String name = "cli-share-" + System.nanoTime();
    node.node.sharing().createGroup("cli-team");
    String id = key("key", "create", "--name", name, "--json").json().get("id").asText();

    JsonNode shared =
        key(
                "key",
                "share",
                "--name",
                name,
                "--group",
                "cli-team",
                "--permissions",
                "get,encrypt",
                "--json")
            .json();
    assertThat(shared.get("id").asText()).isEqualTo(id);
    assertThat(shared.get("groups").get("cli-team"))
        .extracting(JsonNode::asText)
        .containsExactly("get", "encrypt");
    assertThat(grants(id)).isEqualTo(Map.of("cli-team", List.of("get", "encrypt")));

    Result narrowed = key("key", "unshare", id, "--group", "cli-team", "--permissions", "get");
    assertThat(narrowed.stdout()).isEqualTo("Group cli-team keeps encrypt on key " + id + "\n");
    assertThat(grants(id)).isEqualTo(Map.of("cli-team", List.of("encrypt")));

    Result unshared = key("key", "unshare", "--name", name, "--group", "cli-team");
    assertThat(unshared.stdout())
        .isEqualTo("Key " + id + " is no longer shared with group cli-team\n");
    assertThat(grants(id)).isEmpty();

    Result refused =
        arca(
            root.resolve("arca"),
            Map.of("ARCA_BUNDLE", node.bundle().toString()),
            "key",
            "share",
            id,
            "--group",
            "cli-team",
            "--permissions",
            "encrypt,fly");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.stderr()).contains("fly").contains("Invalid Attribute Value");
    assertThat(grants(id)).isEmpty();
  }

  /** The grants on {@code id} as the key sharing groups hold them: group to permission names. */
  private static Map<String, List<String>> grants(String id) throws Exception {
    Map<String, List<String>> out = new java.util.TreeMap<>();
    var object =
        node.node
            .keys()
            .get(dev.arca.core.access.Caller.administrator(NodeFixture.ADMIN), id)
            .object();
    node.node
        .sharing()
        .grants(object)
        .forEach(
            (group, permissions) -> {
              List<String> names = new ArrayList<>();
              permissions.forEach(p -> names.add(dev.arca.core.access.KeySharing.nameOf(p)));
              out.put(group, names);
            });
    return out;
  }

  @Test
  void anUnknownKeyIsOneLineAndAFailingExitCode() throws Exception {
    Result r =
        arca(
            root.resolve("arca"),
            Map.of("ARCA_BUNDLE", node.bundle().toString()),
            "key",
            "show",
            "no-such-key");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr()).startsWith("arca: Get Attributes failed: ").endsWith("\n");
    assertThat(r.stderr().lines()).hasSize(1);
  }

  @Test
  void anUnreachableServerExitsWithThree() throws Exception {
    Result r =
        arca(
            root.resolve("arca"),
            Map.of("ARCA_BUNDLE", node.bundle().toString()),
            "key",
            "list",
            "--server",
            "127.0.0.1:1");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.stderr())
        .isEqualTo("arca: no KMIP server reachable: 127.0.0.1:1: connection refused\n");
  }

  @Test
  void theLauncherNeverBuildsWithArcaNoBuild() throws Exception {
    // A copy of the launcher in a directory without a distribution.
    Path copy = dir.resolve("arca");
    Files.copy(root.resolve("arca"), copy);
    copy.toFile().setExecutable(true);
    Result r = arca(copy, Map.of(), "--version");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stderr())
        .isEqualTo(
            "arca: no distribution in "
                + dir.resolve("cli/target/arca")
                + "/lib and ARCA_NO_BUILD=1; build it with 'mvn package'\n");
  }
}
