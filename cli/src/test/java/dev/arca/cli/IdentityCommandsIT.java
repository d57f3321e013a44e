package dev.arca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arca.core.access.Caller;
import dev.arca.core.admin.AdminPermission;
import dev.arca.core.key.AttributeSet;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.testing.NodeFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code arca group}, {@code arca approval}, {@code arca grant}, {@code arca password-policy} and
 * {@code arca user permissions|unlock} through the real launcher against a node started by the
 * test, each administrator giving its credentials for one call.
 */
class IdentityCommandsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OFFICER_PASSWORD = "cli-officer-password-0123";

  private static NodeFixture node;
  private static Path root;

  @TempDir Path dir;

  private final List<String> outputs = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    root = Path.of("").toAbsolutePath().getParent();
    assertThat(root.resolve("arca")).isExecutable();
    node = NodeFixture.start();
    node.node
        .admins()
        .create(
            NodeFixture.ADMIN,
            "officer",
            OFFICER_PASSWORD.toCharArray(),
            EnumSet.of(AdminPermission.USERS, AdminPermission.KEYS));
    node.node
        .admins()
        .create(
            NodeFixture.ADMIN,
            "deputy",
            OFFICER_PASSWORD.toCharArray(),
            EnumSet.of(AdminPermission.LOGS));
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  private record Result(int exitCode, String stdout, String stderr) {
    JsonNode json() throws Exception {
      return JSON.readTree(stdout);
    }

    @Override
    public String toString() {
      return "exit " + exitCode + ", stdout: " + stdout + ", stderr: " + stderr;
    }
  }

  private Result as(String admin, String password, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(root.resolve("arca").toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().keySet().removeIf(k -> k.startsWith("ARCA_"));
    Map<String, String> env = new HashMap<>();
    env.put("ARCA_NO_BUILD", "1");
    env.put("XDG_CONFIG_HOME", Files.createDirectories(dir.resolve("config")).toString());
    env.put("ARCA_URL", node.adminUrl());
    env.put("ARCA_USER", admin);
    env.put("ARCA_PASSWORD", password);
    env.put(
        "ARCA_CACERT",
        node.dataDirectory.resolve("pki").resolve("ca").resolve("local.pem").toString());
    pb.environment().putAll(env);
    Path out = Files.createTempFile(dir, "stdout", ".txt");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .redirectOutput(out.toFile())
        .redirectError(err.toFile());
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
    outputs.add(r.stdout() + r.stderr());
    return r;
  }

  private Result admin(String... args) throws Exception {
    return as(NodeFixture.ADMIN, NodeFixture.ADMIN_PASSWORD, args);
  }

  private Result ok(Result r) {
    assertThat(r.exitCode()).as(r.toString()).isZero();
    return r;
  }

  @Test
  void groupsGrantsPoliciesAndApprovalsFromTheCommandLine() throws Exception {
    node.node.users().create("cli-member", "cli-member-password-0123".toCharArray());
    String key =
        node.node
            .keys()
            .create(
                Caller.of(NodeFixture.USER),
                ObjectType.SYMMETRIC_KEY,
                AttributeSet.builder()
                    .add(
                        Ttlv.enumeration(
                            Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.code()))
                    .add(Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256))
                    .add(Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 12))
                    .build())
            .id();

    // Groups and grants.
    assertThat(ok(admin("group", "create", "payments")).stdout())
        .isEqualTo("Created key sharing group payments.\n");
    ok(admin("group", "add", "payments", "cli-member"));
    JsonNode shown = ok(admin("group", "show", "payments", "--json")).json();
    assertThat(shown.get("members")).extracting(JsonNode::asText).containsExactly("cli-member");
    ok(admin("group", "grant", key, "payments", "encrypt", "sign"));
    assertThat(ok(admin("group", "grants", key)).stdout())
        .startsWith("GROUP")
        .contains("payments")
        .contains("encrypt")
        .contains("sign");
    Result badPermission = admin("group", "grant", key, "payments", "read");
    assertThat(badPermission.exitCode()).isEqualTo(1);
    assertThat(badPermission.stderr()).contains("is not one of get, encrypt");
    ok(admin("group", "revoke", key, "payments"));
    assertThat(node.node.sharing().grants(node.node.store().get(key).orElseThrow())).isEmpty();

    // User permissions and the password policy.
    JsonNode perms =
        ok(admin("user", "permissions", "cli-member", "--change-password", "--json")).json();
    assertThat(perms.get("permissions"))
        .extracting(JsonNode::asText)
        .containsExactly("CHANGE_PASSWORD");
    JsonNode policy =
        ok(admin("password-policy", "--min-length", "14", "--history", "3", "--json")).json();
    assertThat(policy.get("minLength").asInt()).isEqualTo(14);
    assertThat(policy.get("history").asInt()).isEqualTo(3);
    assertThat(ok(as("officer", OFFICER_PASSWORD, "password-policy")).stdout())
        .contains("Minimum length")
        .contains("14");
    // Only high access changes it.
    Result refused = as("officer", OFFICER_PASSWORD, "password-policy", "--history", "0");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.stderr()).contains("not permitted");

    // Two approvals per change: a change waits (exit 5), another officer approves it.
    ok(admin("approval", "settings", "--required", "2"));
    Result pending = admin("group", "create", "auditors");
    assertThat(pending.exitCode()).as(pending.toString()).isEqualTo(5);
    assertThat(pending.stderr()).contains("waiting for approval").contains("arca approval show");
    assertThat(node.node.sharing().group("auditors")).isEmpty();
    JsonNode list =
        ok(as("officer", OFFICER_PASSWORD, "approval", "list", "--pending", "--json")).json();
    assertThat(list).hasSize(1);
    String id = list.get(0).get("id").asText();
    assertThat(ok(as("officer", OFFICER_PASSWORD, "approval", "show", id)).stdout())
        .contains("group.create")
        .contains("pending");
    // The deputy lacks the users area until the officer lends it.
    assertThat(as("deputy", OFFICER_PASSWORD, "approval", "approve", id).exitCode()).isEqualTo(1);
    assertThat(
            ok(as(
                    "officer",
                    OFFICER_PASSWORD,
                    "grant",
                    "create",
                    "deputy",
                    "--area",
                    "USERS",
                    "--minutes",
                    "5"))
                .stdout())
        .startsWith("Lent your approval right for USERS to deputy until ");
    assertThat(ok(as("officer", OFFICER_PASSWORD, "grant", "list")).stdout()).contains("deputy");
    assertThat(ok(as("deputy", OFFICER_PASSWORD, "approval", "approve", id)).stdout())
        .startsWith("Approved request " + id + ": the change was applied.");
    assertThat(node.node.sharing().group("auditors")).isPresent();

    // A denied one changes nothing.
    Result second = admin("group", "create", "never");
    assertThat(second.exitCode()).isEqualTo(5);
    String other =
        ok(as("officer", OFFICER_PASSWORD, "approval", "list", "--pending", "--json"))
            .json()
            .get(0)
            .get("id")
            .asText();
    assertThat(ok(as("officer", OFFICER_PASSWORD, "approval", "deny", other)).stdout())
        .isEqualTo("Request " + other + " is denied by officer.\n");
    assertThat(node.node.sharing().group("never")).isEmpty();

    for (String o : outputs) {
      assertThat(o).doesNotContain(NodeFixture.ADMIN_PASSWORD).doesNotContain(OFFICER_PASSWORD);
    }
  }
}
