package dev.arca.server.admin;

import dev.arca.core.state.Atomic;
import dev.arca.core.state.Command;
import dev.arca.core.state.CommandResult;
import dev.arca.core.state.NotDurableException;
import dev.arca.core.state.PutRecord;
import dev.arca.core.state.RecordFields;
import dev.arca.core.state.RecordKey;
import dev.arca.core.state.Replicator;
import dev.arca.core.store.RecordStore;
import dev.arca.core.store.StoreException;
import dev.arca.core.store.StoredRecord;
import dev.arca.server.config.CertificateField;
import dev.arca.server.config.ClientCertificateMode;
import dev.arca.server.config.ListenerConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The KMIP listeners' settings as the node keeps them: one record of kind {@value #KIND} per
 * listener, replicated like every other record, so that a change made through the admin API
 * survives a restart and reaches every node of a cluster.
 *
 * <h2>Where the truth is</h2>
 *
 * The first start of a node seeds these records from the configuration file's {@code
 * kmip.listeners}. From then on the records are the truth: the node starts its listeners from them,
 * the admin API changes them, and {@code kmip.listeners} in {@code arca.yaml} is no longer read (a
 * start that finds it different says so in the log). The other settings of the file are unaffected.
 *
 * <h2>Layout</h2>
 *
 * The record is named after the listener; its body is {@link RecordFields}:
 *
 * <pre>
 * allow-key-and-policy-configuration=true
 * allow-key-export=true
 * bind-address=0.0.0.0
 * client-certificate=TLS_SESSION_ONLY       ClientCertificateMode name
 * format=1
 * idle-timeout=3600                         seconds
 * order=0                                   position among the listeners (the first is the default)
 * password-required=true
 * port=5696
 * require-source-ip-in-certificate=false
 * server-certificate=kmip
 * tls-protocols=TLSv1.3,TLSv1.2
 * trusted-ca-profile=Default
 * username-field=CN                         CertificateField name
 * </pre>
 *
 * Decoding is strict: a missing, unknown or malformed field makes the record unreadable.
 */
public final class ListenerSettingsStore {

  /** The record kind. */
  public static final String KIND = "listener";

  private static final Logger LOG = LoggerFactory.getLogger(ListenerSettingsStore.class);

  private static final String FORMAT = "1";
  private static final Set<String> FIELDS =
      Set.of(
          "allow-key-and-policy-configuration",
          "allow-key-export",
          "bind-address",
          "client-certificate",
          "format",
          "idle-timeout",
          "order",
          "password-required",
          "port",
          "require-source-ip-in-certificate",
          "server-certificate",
          "tls-protocols",
          "trusted-ca-profile",
          "username-field");

  private final RecordStore records;
  private final Replicator replicator;
  private final Duration commandTimeout;

  /**
   * A listener's stored settings.
   *
   * @param config the settings
   * @param order its position among the listeners
   * @param revision the record's revision
   */
  public record Stored(ListenerConfig config, int order, long revision) {}

  public ListenerSettingsStore(
      RecordStore records, Replicator replicator, Duration commandTimeout) {
    this.records = Objects.requireNonNull(records, "records");
    this.replicator = Objects.requireNonNull(replicator, "replicator");
    this.commandTimeout = Objects.requireNonNull(commandTimeout, "commandTimeout");
  }

  /**
   * The listeners to run: the stored ones, or on the first start {@code configured}, stored first.
   *
   * @throws IllegalStateException if the records cannot be written or read
   */
  public List<ListenerConfig> loadOrSeed(List<ListenerConfig> configured) {
    List<Stored> stored = list();
    if (stored.isEmpty()) {
      List<Command> puts = new ArrayList<>();
      for (int i = 0; i < configured.size(); i++) {
        ListenerConfig c = configured.get(i);
        puts.add(new PutRecord(key(c.name()), body(c, i), 1));
      }
      if (!puts.isEmpty()) {
        CommandResult result = submit(new Atomic(puts));
        if (!result.applied()) {
          throw new IllegalStateException(
              "the KMIP listener settings could not be stored: "
                  + ((CommandResult.Rejected) result).message());
        }
        LOG.info(
            "Stored the settings of {} KMIP listener(s) from the configuration file; from now on"
                + " the stored settings apply and the admin API changes them",
            puts.size());
      }
      return List.copyOf(configured);
    }
    List<ListenerConfig> out = new ArrayList<>();
    for (Stored s : stored) {
      out.add(s.config());
    }
    if (!out.equals(configured)) {
      LOG.info(
          "KMIP listeners start from their stored settings ({}); kmip.listeners of the"
              + " configuration file applied only on the first start",
          out.stream().map(ListenerConfig::name).toList());
    }
    return List.copyOf(out);
  }

  /** Every stored listener, in their order. */
  public List<Stored> list() {
    List<Stored> out = new ArrayList<>();
    for (StoredRecord r : records.records(KIND)) {
      out.add(read(r));
    }
    out.sort(Comparator.comparingInt(Stored::order).thenComparing(s -> s.config().name()));
    return List.copyOf(out);
  }

  /** The stored listener of that name. */
  public Optional<Stored> get(String name) {
    if (!ListenerConfig.isValidName(name)) {
      return Optional.empty();
    }
    return records.record(key(name)).map(ListenerSettingsStore::read);
  }

  /**
   * Replaces a listener's settings if its record still has {@code expected}'s revision.
   *
   * @return whether the write was applied (false: it changed concurrently)
   */
  public boolean replace(Stored expected, ListenerConfig next) {
    if (!next.name().equals(expected.config().name())) {
      throw new IllegalArgumentException("a listener's name does not change");
    }
    return submit(
            new PutRecord(key(next.name()), body(next, expected.order()), expected.revision() + 1))
        .applied();
  }

  private CommandResult submit(Command command) {
    try {
      return replicator.submitAndWait(command, commandTimeout);
    } catch (NotDurableException e) {
      throw new IllegalStateException("the listener settings: " + e.getMessage(), e);
    }
  }

  static RecordKey key(String name) {
    return new RecordKey(KIND, name);
  }

  static byte[] body(ListenerConfig c, int order) {
    return RecordFields.builder()
        .put(
            "allow-key-and-policy-configuration",
            Boolean.toString(c.allowKeyAndPolicyConfiguration()))
        .put("allow-key-export", Boolean.toString(c.allowKeyExport()))
        .put("bind-address", c.bindAddress())
        .put("client-certificate", c.clientCertificateMode().name())
        .put("format", FORMAT)
        .put("idle-timeout", Long.toString(c.idleTimeout().getSeconds()))
        .put("order", Integer.toString(order))
        .put("password-required", Boolean.toString(c.passwordRequired()))
        .put("port", Integer.toString(c.port()))
        .put("require-source-ip-in-certificate", Boolean.toString(c.requireSourceIpInCertificate()))
        .put("server-certificate", c.serverCertificate())
        .put("tls-protocols", String.join(",", c.tlsProtocols()))
        .put("trusted-ca-profile", c.trustedCaProfile())
        .put("username-field", c.usernameField().name())
        .build()
        .encode();
  }

  static Stored read(StoredRecord record) {
    String name = record.key().name();
    try {
      RecordFields f = RecordFields.decode(record.body());
      String format = f.require("format");
      if (!format.equals(FORMAT)) {
        throw new IllegalArgumentException(
            "format " + format + " is not " + FORMAT + " (written by a newer Arca?)");
      }
      for (String key : f.asMap().keySet()) {
        if (!FIELDS.contains(key)) {
          throw new IllegalArgumentException("unknown field " + key);
        }
      }
      ListenerConfig config =
          new ListenerConfig(
              name,
              f.require("bind-address"),
              number(f, "port"),
              f.require("server-certificate"),
              f.require("trusted-ca-profile"),
              Duration.ofSeconds(number(f, "idle-timeout")),
              bool(f, "allow-key-and-policy-configuration"),
              bool(f, "allow-key-export"),
              ClientCertificateMode.valueOf(f.require("client-certificate")),
              CertificateField.valueOf(f.require("username-field")),
              bool(f, "require-source-ip-in-certificate"),
              bool(f, "password-required"),
              Arrays.asList(f.require("tls-protocols").split(",", -1)));
      return new Stored(config, number(f, "order"), record.revision());
    } catch (IllegalArgumentException e) {
      throw new StoreException(
          "stored settings of KMIP listener " + name + " are damaged: " + e.getMessage(), e);
    }
  }

  private static boolean bool(RecordFields f, String key) {
    String v = f.require(key);
    if (v.equals("true")) {
      return true;
    }
    if (v.equals("false")) {
      return false;
    }
    throw new IllegalArgumentException("field " + key + " is neither true nor false");
  }

  private static int number(RecordFields f, String key) {
    String v = f.require(key);
    if (!v.matches("0|[1-9][0-9]{0,8}")) {
      throw new IllegalArgumentException("field " + key + " is not a number");
    }
    return Integer.parseInt(v);
  }
}
