package dev.arca.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.enums.BlockCipherMode;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.DigitalSignatureAlgorithm;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.payload.SetAttributeRequest;
import dev.arca.kmip.payload.SetAttributeResponse;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.testing.NodeFixture;
import dev.arca.server.tls.TlsContexts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix over real TLS with the Java client: every KMIP operation that touches an
 * object, for every kind of caller — the owner, a member of a key sharing group holding the
 * permission, a member of a group holding every other permission, another user, any user on a
 * global key, a disabled user, a wrong password, a locked account — must answer exactly as the
 * access rules say. Users, groups, grants and the global key are set up through the admin API.
 */
class AuthorizationMatrixIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] DATA = "matrix data".getBytes(StandardCharsets.UTF_8);
  private static final String PASSWORD = "matrix-password-0123456789";
  private static final String GRANTED = "mx-granted";
  private static final String OTHERS = "mx-others";

  /** Who calls. */
  enum Subject {
    OWNER("mx-owner"),
    MEMBER_WITH("mx-member-with"),
    MEMBER_WITHOUT("mx-member-without"),
    OTHER_USER("mx-other"),
    GLOBAL_KEY("mx-other"),
    DISABLED_USER("mx-disabled"),
    WRONG_PASSWORD("mx-wrong"),
    LOCKED_ACCOUNT("mx-locked");

    final String user;

    Subject(String user) {
      this.user = user;
    }
  }

  /** What happened. */
  enum Outcome {
    ALLOWED,
    /** Permission Denied: the caller sees the object but may not do this. */
    DENIED,
    /** Item Not Found, or absent from Locate: exactly as if the object did not exist. */
    HIDDEN,
    /** Authentication Not Successful. */
    UNAUTHENTICATED
  }

  /** The objects one cell works on, made by the owner. */
  record Target(String id, String name, byte[] extra) {}

  /** A KMIP operation of the matrix and the group permission it needs (null: reading). */
  enum Op {
    GET("get", false),
    GET_ATTRIBUTES(null, false),
    LOCATE(null, false),
    ENCRYPT("encrypt", false),
    DECRYPT("encrypt", false),
    SIGN("sign", false),
    SIGNATURE_VERIFY("sign", false),
    MAC("mac", false),
    MAC_VERIFY("mac", false),
    SET_ATTRIBUTE("modify", true),
    REKEY("rekey", true),
    ACTIVATE("revoke", true),
    REVOKE("revoke", true),
    DESTROY("revoke", true);

    final String permission;
    final boolean changes;

    Op(String permission, boolean changes) {
      this.permission = permission;
      this.changes = changes;
    }

    /** Whether every client user may do this with a global key. */
    boolean globalUse() {
      return permission == null || Set.of("get", "encrypt", "sign", "mac").contains(permission);
    }
  }

  private static final CryptographicParameters GCM =
      CryptographicParameters.builder()
          .blockCipherMode(BlockCipherMode.GCM)
          .tagLength(16)
          .randomIv(true)
          .build();
  private static final CryptographicParameters RSA_SHA256 =
      CryptographicParameters.builder()
          .digitalSignatureAlgorithm(DigitalSignatureAlgorithm.SHA_256_WITH_RSA_ENCRYPTION)
          .build();

  private static NodeFixture node;
  private static HttpClient http;
  private static String token;
  private static final Map<Subject, KmipClient> clients = new EnumMap<>(Subject.class);
  private static int serial;

  @BeforeAll
  static void start() throws Exception {
    node = NodeFixture.start();
    http =
        HttpClient.newBuilder()
            .sslContext(TlsContexts.client(node.caCertificates()))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    JsonNode login =
        admin(
            "POST",
            "/api/v1/login",
            JSON.createObjectNode()
                .put("username", NodeFixture.ADMIN)
                .put("password", NodeFixture.ADMIN_PASSWORD),
            200);
    token = login.get("token").asText();
    for (String user :
        List.of(
            "mx-owner",
            "mx-member-with",
            "mx-member-without",
            "mx-other",
            "mx-disabled",
            "mx-wrong",
            "mx-locked")) {
      admin(
          "POST",
          "/api/v1/users",
          JSON.createObjectNode().put("name", user).put("password", PASSWORD),
          201);
    }
    admin(
        "PUT",
        "/api/v1/users/mx-disabled/enabled",
        JSON.createObjectNode().put("enabled", false),
        200);
    for (String group : List.of(GRANTED, OTHERS)) {
      admin("POST", "/api/v1/groups", JSON.createObjectNode().put("name", group), 201);
    }
    admin("PUT", "/api/v1/groups/" + GRANTED + "/members/mx-member-with", null, 200);
    admin("PUT", "/api/v1/groups/" + OTHERS + "/members/mx-member-without", null, 200);
    for (Subject s : Subject.values()) {
      if (s != Subject.GLOBAL_KEY) {
        String password = s == Subject.WRONG_PASSWORD ? "not-the-password-0123" : PASSWORD;
        clients.put(s, client(s.user, password));
      }
    }
    clients.put(Subject.GLOBAL_KEY, clients.get(Subject.OTHER_USER));
    // Lock mx-locked out: as many wrong passwords as the default policy allows.
    try (KmipClient wrong = client("mx-locked", "not-the-password-0123")) {
      for (int i = 0; i < 5; i++) {
        assertThat(outcome(() -> wrong.getAttributes("any"))).isEqualTo(Outcome.UNAUTHENTICATED);
      }
    }
    JsonNode locked = admin("GET", "/api/v1/users/mx-locked", null, 200);
    assertThat(locked.get("lockedUntil").isTextual()).as("mx-locked is locked out").isTrue();
  }

  @AfterAll
  static void stop() {
    clients.values().forEach(KmipClient::close);
    if (node != null) {
      node.close();
    }
  }

  private static KmipClient client(String user, String password) throws IOException {
    return KmipClient.builder()
        .bundle(node.bundle())
        .credential(user, password.toCharArray())
        .build();
  }

  @Test
  void everyOperationAnswersEveryCallerAsTheAccessRulesSay() throws Exception {
    List<String> wrong = new ArrayList<>();
    StringBuilder table = new StringBuilder();
    int cells = 0;
    for (Op op : Op.values()) {
      Target shared = prepare(op);
      table.append(String.format(Locale.ROOT, "%-17s", op));
      for (Subject s : Subject.values()) {
        Target target = shared;
        if (s == Subject.GLOBAL_KEY || (op.changes && expected(op, s) == Outcome.ALLOWED)) {
          target = prepare(op);
        }
        if (s == Subject.GLOBAL_KEY) {
          admin(
              "PUT",
              "/api/v1/keys/" + target.id() + "/owner",
              JSON.createObjectNode().put("global", true),
              200);
        }
        Target t = target;
        Outcome got = outcome(() -> run(op, clients.get(s), t));
        Outcome want = expected(op, s);
        cells++;
        table.append(String.format(Locale.ROOT, " %-15s", got));
        if (got != want) {
          wrong.add(op + " by " + s + ": expected " + want + ", got " + got);
        }
      }
      table.append('\n');
    }
    System.out.println(table);
    assertThat(cells).isEqualTo(Op.values().length * Subject.values().length);
    assertThat(wrong).isEmpty();
  }

  /** The access rules, as a table: what {@code s} gets for {@code op}. */
  static Outcome expected(Op op, Subject s) {
    switch (s) {
      case OWNER:
      case MEMBER_WITH:
        return Outcome.ALLOWED;
      case MEMBER_WITHOUT:
        // Its group holds every other permission on the key, so it sees the key; for a read-only
        // operation its group holds nothing on it.
        return op.permission == null ? Outcome.HIDDEN : Outcome.DENIED;
      case OTHER_USER:
        return Outcome.HIDDEN;
      case GLOBAL_KEY:
        return op.globalUse() ? Outcome.ALLOWED : Outcome.DENIED;
      default:
        return Outcome.UNAUTHENTICATED;
    }
  }

  /** A fresh object for {@code op}, owned by the owner, with the two groups' grants. */
  private static Target prepare(Op op) throws Exception {
    KmipClient owner = clients.get(Subject.OWNER);
    String name = "mx-" + op.name().toLowerCase(Locale.ROOT) + "-" + (++serial);
    Target t;
    switch (op) {
      case SIGN:
      case SIGNATURE_VERIFY:
        {
          KeyPairIds pair =
              owner.createKeyPair(
                  KeyAttributes.builder()
                      .algorithm(CryptographicAlgorithm.RSA)
                      .length(2048)
                      .build(),
                  KeyAttributes.builder().usage(CryptographicUsageMask.SIGN).build(),
                  KeyAttributes.builder().usage(CryptographicUsageMask.VERIFY).build());
          owner.activate(pair.privateKeyId());
          owner.activate(pair.publicKeyId());
          byte[] signature = owner.sign(pair.privateKeyId(), RSA_SHA256, DATA);
          t = new Target(op == Op.SIGN ? pair.privateKeyId() : pair.publicKeyId(), null, signature);
          break;
        }
      case MAC:
      case MAC_VERIFY:
        {
          String id =
              owner.create(
                  KeyAttributes.builder()
                      .name(name)
                      .algorithm(CryptographicAlgorithm.HMAC_SHA256)
                      .length(256)
                      .usage(CryptographicUsageMask.MAC_GENERATE, CryptographicUsageMask.MAC_VERIFY)
                      .build());
          owner.activate(id);
          t = new Target(id, name, owner.mac(id, CryptographicParameters.empty(), DATA));
          break;
        }
      default:
        {
          String id =
              owner.createSymmetricKey(
                  name,
                  CryptographicAlgorithm.AES,
                  256,
                  CryptographicUsageMask.ENCRYPT,
                  CryptographicUsageMask.DECRYPT);
          byte[] extra = new byte[0];
          if (op == Op.ENCRYPT || op == Op.DECRYPT) {
            owner.activate(id);
            Encrypted e = owner.encrypt(id, GCM, DATA);
            extra = serialize(e);
          }
          t = new Target(id, name, extra);
          break;
        }
    }
    List<String> all =
        new ArrayList<>(List.of("get", "encrypt", "sign", "mac", "modify", "rekey", "revoke"));
    if (op.permission == null) {
      grant(t.id(), GRANTED, List.of("mac"));
    } else {
      grant(t.id(), GRANTED, List.of(op.permission));
      all.remove(op.permission);
      grant(t.id(), OTHERS, all);
    }
    return t;
  }

  private static void grant(String id, String group, List<String> permissions) throws Exception {
    com.fasterxml.jackson.databind.node.ObjectNode body = JSON.createObjectNode();
    permissions.forEach(body.putArray("permissions")::add);
    JsonNode out = admin("PUT", "/api/v1/keys/" + id + "/groups/" + group, body, 200);
    assertThat(out.get("groups").has(group)).isTrue();
  }

  private static void run(Op op, KmipClient c, Target t) throws Exception {
    switch (op) {
      case GET:
        c.get(t.id());
        break;
      case GET_ATTRIBUTES:
        c.getAttributes(t.id());
        break;
      case LOCATE:
        if (!c.locate(KeyQuery.byName(t.name())).contains(t.id())) {
          throw new KmipClientException(
              java.util.Optional.of(Operation.LOCATE),
              dev.arca.kmip.enums.ResultStatus.OPERATION_FAILED,
              ResultReason.ITEM_NOT_FOUND,
              "not located");
        }
        break;
      case ENCRYPT:
        c.encrypt(t.id(), GCM, DATA);
        break;
      case DECRYPT:
        assertThat(c.decrypt(t.id(), GCM, deserialize(t.extra()))).isEqualTo(DATA);
        break;
      case SIGN:
        c.sign(t.id(), RSA_SHA256, DATA);
        break;
      case SIGNATURE_VERIFY:
        assertThat(c.verify(t.id(), RSA_SHA256, DATA, t.extra())).isTrue();
        break;
      case MAC:
        c.mac(t.id(), CryptographicParameters.empty(), DATA);
        break;
      case MAC_VERIFY:
        assertThat(c.macVerify(t.id(), CryptographicParameters.empty(), DATA, t.extra())).isTrue();
        break;
      case SET_ATTRIBUTE:
        c.call(
            Operation.SET_ATTRIBUTE,
            SetAttributeRequest.of(t.id(), Ttlv.text(Tag.DESCRIPTION, "set by the matrix")),
            SetAttributeResponse.class);
        break;
      case REKEY:
        c.rekey(t.id());
        break;
      case ACTIVATE:
        c.activate(t.id());
        break;
      case REVOKE:
        c.revokeCompromised(t.id(), Instant.now());
        break;
      case DESTROY:
        c.destroy(t.id());
        break;
      default:
        throw new IllegalStateException(op.name());
    }
  }

  @FunctionalInterface
  interface Call {
    void run() throws Exception;
  }

  private static Outcome outcome(Call call) throws Exception {
    try {
      call.run();
      return Outcome.ALLOWED;
    } catch (KmipClientException e) {
      switch (e.reason()) {
        case PERMISSION_DENIED:
          return Outcome.DENIED;
        case ITEM_NOT_FOUND:
        case OBJECT_NOT_FOUND:
          // Item Not Found is called Object Not Found from KMIP 2.0 on.
          return Outcome.HIDDEN;
        case AUTHENTICATION_NOT_SUCCESSFUL:
          return Outcome.UNAUTHENTICATED;
        default:
          throw new AssertionError("unexpected answer: " + e.getMessage(), e);
      }
    }
  }

  private static byte[] serialize(Encrypted e) {
    byte[] iv = e.iv().orElseThrow();
    byte[] tag = e.tag().orElseThrow();
    byte[] c = e.ciphertext();
    byte[] out = new byte[2 + iv.length + tag.length + c.length];
    out[0] = (byte) iv.length;
    out[1] = (byte) tag.length;
    System.arraycopy(iv, 0, out, 2, iv.length);
    System.arraycopy(tag, 0, out, 2 + iv.length, tag.length);
    System.arraycopy(c, 0, out, 2 + iv.length + tag.length, c.length);
    return out;
  }

  private static Encrypted deserialize(byte[] b) {
    int ivLength = b[0];
    int tagLength = b[1];
    byte[] iv = java.util.Arrays.copyOfRange(b, 2, 2 + ivLength);
    byte[] tag = java.util.Arrays.copyOfRange(b, 2 + ivLength, 2 + ivLength + tagLength);
    byte[] c = java.util.Arrays.copyOfRange(b, 2 + ivLength + tagLength, b.length);
    return new Encrypted(c, java.util.Optional.of(iv), java.util.Optional.of(tag));
  }

  /** One admin API request as the administrator; fails unless the status is {@code expected}. */
  static JsonNode admin(String method, String path, JsonNode body, int expected)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(node.adminUrl() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
    HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    String text = new String(r.body(), StandardCharsets.UTF_8);
    assertThat(r.statusCode()).as(method + " " + path + ": " + text).isEqualTo(expected);
    return text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
  }
}
