package dev.arca.server.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.core.access.Caller;
import dev.arca.core.access.KeySharing;
import dev.arca.core.access.Permission;
import dev.arca.core.key.AttributeSet;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Name;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.pki.ClientBundle;
import dev.arca.server.testing.NodeFixture;
import dev.arca.server.tls.TlsContexts;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The KMIP authorization matrix with the real PyKMIP client: {@code
 * interop/pykmip/access_matrix.py} calls each operation as each kind of caller — owner, member of a
 * group holding the permission, member of a group holding every other one, another user, any user
 * on a global key, a disabled user, a wrong password, a locked account — and this test compares
 * every answer with the access rules.
 *
 * <p>Without {@code /usr/bin/python3} or its {@code kmip} module the test is skipped, except under
 * {@code CI=true}, where it fails.
 */
class PyKmipAccessMatrixIT {

  private static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final String SCRIPT = "interop/pykmip/access_matrix.py";
  private static final String PASSWORD = "pykmip-matrix-password-0123";
  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  private static final Pattern CELL = Pattern.compile("^CELL (\\d+) (\\S+)$");
  private static final ObjectMapper JSON = new ObjectMapper();

  enum Subject {
    OWNER("pm-owner", PASSWORD),
    MEMBER_WITH("pm-with", PASSWORD),
    MEMBER_WITHOUT("pm-without", PASSWORD),
    OTHER_USER("pm-other", PASSWORD),
    GLOBAL_KEY("pm-other", PASSWORD),
    DISABLED_USER("pm-disabled", PASSWORD),
    WRONG_PASSWORD("pm-wrong", "not-the-password-0123"),
    LOCKED_ACCOUNT("pm-locked", PASSWORD);

    final String user;
    final String password;

    Subject(String user, String password) {
      this.user = user;
      this.password = password;
    }
  }

  /** The operations PyKMIP drives, with the group permission each needs (null: reading). */
  enum Op {
    GET("get", Permission.EXPORT, false),
    GET_ATTRIBUTES("get_attributes", null, false),
    LOCATE("locate", null, false),
    ENCRYPT("encrypt", Permission.USE, false),
    MAC("mac", Permission.MAC, false),
    ACTIVATE("activate", Permission.MANAGE, true),
    REVOKE("revoke", Permission.MANAGE, true),
    DESTROY("destroy", Permission.MANAGE, true);

    final String script;
    final Permission permission;
    final boolean changes;

    Op(String script, Permission permission, boolean changes) {
      this.script = script;
      this.permission = permission;
      this.changes = changes;
    }
  }

  private static NodeFixture fx;
  private static Path script;
  private static String token;
  private static HttpClient http;
  private static int serial;

  @BeforeAll
  static void start() throws Exception {
    requirePyKmip();
    script = findScript();
    fx = NodeFixture.start();
    for (String user :
        List.of(
            "pm-owner",
            "pm-with",
            "pm-without",
            "pm-other",
            "pm-disabled",
            "pm-wrong",
            "pm-locked")) {
      fx.node.users().create(user, PASSWORD.toCharArray());
    }
    fx.node.users().setEnabled("pm-disabled", false);
    KeySharing sharing = fx.node.sharing();
    sharing.createGroup("pm-granted");
    sharing.createGroup("pm-others");
    sharing.addMember("pm-granted", "pm-with");
    sharing.addMember("pm-others", "pm-without");
    for (int i = 0; i < 5; i++) {
      assertThat(fx.node.users().authenticate("pm-locked", "not-the-password-0123".toCharArray()))
          .isEmpty();
    }
    assertThat(fx.node.users().get("pm-locked").orElseThrow().lockedUntil()).isPresent();
    http =
        HttpClient.newBuilder()
            .sslContext(TlsContexts.client(fx.caCertificates()))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    token =
        JSON.readTree(
                admin(
                    "POST",
                    "/api/v1/login",
                    "{\"username\":\""
                        + NodeFixture.ADMIN
                        + "\",\"password\":\""
                        + NodeFixture.ADMIN_PASSWORD
                        + "\"}"))
            .get("token")
            .asText();
  }

  @AfterAll
  static void stop() {
    if (fx != null) {
      fx.close();
    }
  }

  static String expected(Op op, Subject s) {
    switch (s) {
      case OWNER:
      case MEMBER_WITH:
        return "ALLOWED";
      case MEMBER_WITHOUT:
        return op.permission == null ? "HIDDEN" : "DENIED";
      case OTHER_USER:
        return "HIDDEN";
      case GLOBAL_KEY:
        return op.permission == null
                || EnumSet.of(Permission.EXPORT, Permission.USE, Permission.MAC)
                    .contains(op.permission)
            ? "ALLOWED"
            : "DENIED";
      default:
        return "UNAUTHENTICATED";
    }
  }

  @ParameterizedTest(name = "KMIP {0}")
  @ValueSource(strings = {"1.4", "2.0"})
  void pykmipAnswersMatchTheAccessRules(String version) throws Exception {
    ArrayNode cells = JSON.createArrayNode();
    List<String> labels = new ArrayList<>();
    List<String> wanted = new ArrayList<>();
    for (Op op : Op.values()) {
      String[] shared = prepare(op);
      for (Subject s : Subject.values()) {
        String[] target = shared;
        if (s == Subject.GLOBAL_KEY || (op.changes && expected(op, s).equals("ALLOWED"))) {
          target = prepare(op);
        }
        if (s == Subject.GLOBAL_KEY) {
          admin("PUT", "/api/v1/keys/" + target[0] + "/owner", "{\"global\":true}");
        }
        ObjectNode cell = cells.addObject();
        cell.put("op", op.script);
        cell.put("user", s.user);
        cell.put("password", s.password);
        cell.put("uid", target[0]);
        cell.put("name", target[1]);
        labels.add(op + " by " + s);
        wanted.add(expected(op, s));
      }
    }
    Path file = Files.createTempFile("pykmip-matrix", ".json");
    try {
      Files.writeString(file, JSON.writeValueAsString(cells));
      Map<Integer, String> got = runScript(version, file);
      List<String> wrong = new ArrayList<>();
      for (int i = 0; i < labels.size(); i++) {
        String answer = got.getOrDefault(i, "MISSING");
        if (!answer.equals(wanted.get(i))) {
          wrong.add(labels.get(i) + ": expected " + wanted.get(i) + ", got " + answer);
        }
      }
      assertThat(got).hasSize(Op.values().length * Subject.values().length);
      assertThat(wrong).isEmpty();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * The owner shares a key through the share attribute with PyKMIP (KMIP 1.4, whose Modify and
   * Delete Attribute forms PyKMIP speaks): a member may then do what the grant names and no more, a
   * member cannot change the grant, another user is answered as for a missing key, a bad group or
   * permission is refused, and deleting the attribute takes the grant away.
   */
  @Test
  void theOwnerSharesAKeyThroughTheShareAttributeWithPyKmip() throws Exception {
    String[] key = prepare(Op.ENCRYPT);
    var object = fx.node.store().get(key[0]).orElseThrow();
    fx.node.sharing().grant(object, "pm-granted", Set.of());
    fx.node.sharing().grant(object, "pm-others", Set.of());
    String[][] steps = {
      // op, user, value, expected
      {"share_read", "pm-owner", null, "SHARES:,"},
      {"encrypt", "pm-with", null, "HIDDEN"},
      {"share_add", "pm-owner", "pm-granted:encrypt", "ALLOWED"},
      {"share_read", "pm-owner", null, "SHARES:pm-granted:encrypt"},
      {"encrypt", "pm-with", null, "ALLOWED"},
      {"get", "pm-with", null, "DENIED"},
      {"share_modify", "pm-with", "pm-granted:get,encrypt", "DENIED"},
      {"share_delete", "pm-with", null, "DENIED"},
      {"share_add", "pm-other", "pm-others:get", "HIDDEN"},
      {"share_add", "pm-owner", "pm-nosuch:get", "OTHER:INVALID_FIELD"},
      {"share_add", "pm-owner", "pm-granted:fly", "OTHER:INVALID_FIELD"},
      {"share_modify", "pm-owner", "pm-granted:get,encrypt", "ALLOWED"},
      {"share_read", "pm-with", null, "SHARES:pm-granted:get,encrypt"},
      {"get", "pm-with", null, "ALLOWED"},
      {"share_delete", "pm-owner", null, "ALLOWED"},
      {"encrypt", "pm-with", null, "HIDDEN"},
    };
    ArrayNode cells = JSON.createArrayNode();
    for (String[] step : steps) {
      ObjectNode cell = cells.addObject();
      cell.put("op", step[0]);
      cell.put("user", step[1]);
      cell.put("password", PASSWORD);
      cell.put("uid", key[0]);
      cell.put("name", key[1]);
      if (step[2] != null) {
        cell.put("value", step[2]);
      }
    }
    Path file = Files.createTempFile("pykmip-share", ".json");
    try {
      Files.writeString(file, JSON.writeValueAsString(cells));
      Map<Integer, String> got = runScript("1.4", file);
      List<String> wrong = new ArrayList<>();
      for (int i = 0; i < steps.length; i++) {
        String answer = got.getOrDefault(i, "MISSING");
        if (!answer.equals(steps[i][3])) {
          wrong.add(
              i
                  + " "
                  + steps[i][0]
                  + " by "
                  + steps[i][1]
                  + ": expected "
                  + steps[i][3]
                  + ", got "
                  + answer);
        }
      }
      assertThat(wrong).isEmpty();
    } finally {
      Files.deleteIfExists(file);
    }
    assertThat(fx.node.sharing().grants(object)).isEmpty();
  }

  /** A fresh key for {@code op} owned by pm-owner, with the two groups' grants: [id, name]. */
  private static String[] prepare(Op op) throws Exception {
    Caller owner = Caller.of("pm-owner");
    String name = "pm-" + op.name().toLowerCase(Locale.ROOT) + "-" + (++serial);
    boolean mac = op == Op.MAC;
    String id =
        fx.node
            .keys()
            .create(
                owner,
                ObjectType.SYMMETRIC_KEY,
                AttributeSet.builder()
                    .add(TtlvBinder.encode(Tag.NAME, Name.of(name)))
                    .add(
                        Ttlv.enumeration(
                            Tag.CRYPTOGRAPHIC_ALGORITHM,
                            (mac ? CryptographicAlgorithm.HMAC_SHA256 : CryptographicAlgorithm.AES)
                                .code()))
                    .add(Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256))
                    .add(Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, mac ? 128 | 256 : 4 | 8))
                    .build())
            .id();
    if (op == Op.ENCRYPT || op == Op.MAC || op == Op.REVOKE) {
      fx.node.keys().activate(owner, id);
    }
    var object = fx.node.store().get(id).orElseThrow();
    if (op.permission == null) {
      fx.node.sharing().grant(object, "pm-granted", EnumSet.of(Permission.MAC));
    } else {
      fx.node.sharing().grant(object, "pm-granted", EnumSet.of(op.permission));
      Set<Permission> rest = EnumSet.copyOf(KeySharing.GRANTABLE);
      rest.remove(op.permission);
      fx.node.sharing().grant(object, "pm-others", rest);
    }
    return new String[] {id, name};
  }

  private static Map<Integer, String> runScript(String version, Path cells) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(PYTHON.toString(), script.toString()).redirectErrorStream(true);
    builder
        .environment()
        .put("PYKMIP_CONFIG", fx.bundle().resolve(ClientBundle.PYKMIP_CONFIG).toString());
    builder.environment().put("PYKMIP_VERSION", version);
    builder.environment().put("PYKMIP_MATRIX", cells.toString());
    builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
    Process process = builder.start();
    byte[] output;
    try {
      if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        fail("the PyKMIP matrix did not finish within %s", TIMEOUT);
      }
    } finally {
      output = process.getInputStream().readAllBytes();
    }
    String text = new String(output, StandardCharsets.UTF_8);
    System.out.println("[pykmip matrix " + version + "]\n" + text);
    assertThat(process.exitValue()).as("exit code of the PyKMIP matrix:\n" + text).isZero();
    Map<Integer, String> out = new TreeMap<>();
    for (String line : text.split("\n")) {
      Matcher m = CELL.matcher(line.strip());
      if (m.matches()) {
        out.put(Integer.parseInt(m.group(1)), m.group(2));
      }
    }
    return out;
  }

  private static String admin(String method, String path, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(fx.adminUrl() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(200);
    return r.body();
  }

  /** Skips, or under CI fails, when Debian's Python or its PyKMIP package is missing. */
  private static void requirePyKmip() throws InterruptedException {
    Optional<String> missing = Optional.empty();
    if (!Files.isExecutable(PYTHON)) {
      missing = Optional.of(PYTHON + " is missing");
    } else {
      try {
        Process p =
            new ProcessBuilder(PYTHON.toString(), "-c", "import kmip")
                .redirectErrorStream(true)
                .start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
          missing = Optional.of("the Python module kmip (PyKMIP) is missing for " + PYTHON);
        }
      } catch (IOException e) {
        missing = Optional.of(PYTHON + " does not run: " + e.getMessage());
      }
    }
    if (missing.isPresent()) {
      String message =
          missing.get() + "; install it with: apt-get install -y python3-pykmip (Debian/Ubuntu)";
      if ("true".equals(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
  }

  private static Path findScript() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(SCRIPT);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(SCRIPT + " not found above " + Path.of("").toAbsolutePath());
  }
}
