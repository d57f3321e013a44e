package dev.arca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arca.server.testing.NodeFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code arca fips} through the real launcher ({@code ./arca}, {@code ARCA_NO_BUILD=1}) against a
 * node outside FIPS mode: the status report with every self-test, the non-approved objects, and
 * turning FIPS mode on and off again, pending until a restart.
 */
class FipsCommandIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static NodeFixture node;
  private static Path root;

  @TempDir Path dir;

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

  private record Result(int exitCode, String stdout, String stderr) {}

  private Result arca(String stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(root.resolve("arca").toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().keySet().removeIf(k -> k.startsWith("ARCA_"));
    pb.environment().put("ARCA_NO_BUILD", "1");
    pb.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
    pb.environment().put("ARCA_URL", node.adminUrl());
    Path in = Files.writeString(dir.resolve("stdin"), stdin, StandardCharsets.UTF_8);
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    pb.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("arca " + String.join(" ", args) + " did not finish");
    }
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Result ok(String... args) throws Exception {
    Result r = arca("", args);
    assertThat(r.exitCode()).as("arca %s: %s", String.join(" ", args), r).isZero();
    return r;
  }

  @Test
  void statusEnableAndDisable() throws Exception {
    Files.createDirectories(dir.resolve("config"));
    Path ca = node.dataDirectory.resolve("pki").resolve("ca").resolve("local.pem");
    Result login =
        arca(
            NodeFixture.ADMIN_PASSWORD + "\n",
            "login",
            "--user",
            NodeFixture.ADMIN,
            "--cacert",
            ca.toString(),
            "--password-stdin");
    assertThat(login.exitCode()).as(login.toString()).isZero();
    node.node
        .keys()
        .create(
            dev.arca.core.access.Caller.of(NodeFixture.USER),
            dev.arca.kmip.enums.ObjectType.SYMMETRIC_KEY,
            dev.arca.core.key.AttributeSet.builder()
                .set(
                    dev.arca.kmip.ttlv.Ttlv.enumeration(
                        dev.arca.kmip.Tag.CRYPTOGRAPHIC_ALGORITHM,
                        dev.arca.kmip.enums.CryptographicAlgorithm.BLOWFISH.code()))
                .set(dev.arca.kmip.ttlv.Ttlv.integer(dev.arca.kmip.Tag.CRYPTOGRAPHIC_LENGTH, 128))
                .build());

    String human = ok("fips", "status", "--objects").stdout();
    assertThat(human)
        .containsPattern("FIPS mode +off")
        .containsPattern("Module +BCFIPS 2\\.1\\.2")
        .containsPattern("Self-tests passed +yes")
        .containsPattern("AES-GCM +power-up +\\S+ +pass +GCM spec test case 16")
        .contains("1 stored object(s) cannot be used in FIPS mode:")
        .contains("Blowfish-128 key is not approved");

    JsonNode json = JSON.readTree(ok("fips", "status", "--objects", "--json").stdout());
    assertThat(json.get("fipsMode").asBoolean()).isFalse();
    assertThat(json.get("selfTests").size()).isEqualTo(15);
    assertThat(json.get("nonApprovedObjects")).hasSize(1);
    assertThat(json.at("/nonApprovedObjects/0/algorithm").asText()).isEqualTo("Blowfish");

    // The default policy allows 12-character passwords, which approved PBKDF2 cannot check.
    Result refused = arca("", "fips", "enable");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.stderr())
        .contains("the password policy allows passwords of 12 characters")
        .contains("arca password-policy --min-length 14");
    ok("password-policy", "--min-length", "14");
    assertThat(ok("fips", "enable").stdout())
        .isEqualTo("FIPS mode will be on after the next restart of node test-node.\n");
    assertThat(ok("status").stdout()).containsPattern("FIPS restart pending +true");
    JsonNode pending = JSON.readTree(ok("fips", "status", "--json").stdout());
    assertThat(pending.get("restartPending").asBoolean()).isTrue();
    assertThat(pending.get("requestedAtNextStart").asBoolean()).isTrue();
    assertThat(ok("fips", "disable").stdout()).isEqualTo("FIPS mode is off.\n");
    assertThat(
            JSON.readTree(ok("fips", "status", "--json").stdout())
                .get("restartPending")
                .asBoolean())
        .isFalse();
  }
}
