package dev.arca.server;

import dev.arca.core.access.OwnerOnlyAccessPolicy;
import dev.arca.core.access.UserDirectory;
import dev.arca.core.audit.AuditSink;
import dev.arca.core.audit.LoggingAuditSink;
import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.CryptoModule;
import dev.arca.core.crypto.CryptoService;
import dev.arca.core.crypto.MasterKeyFile;
import dev.arca.core.key.KeyService;
import dev.arca.core.key.KeyServiceSettings;
import dev.arca.core.state.LocalReplicator;
import dev.arca.core.state.Replicator;
import dev.arca.core.store.SqliteStore;
import dev.arca.server.auth.ListenerAuthenticator;
import dev.arca.server.config.ListenerConfig;
import dev.arca.server.config.ServerConfig;
import dev.arca.server.dispatch.Dispatcher;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RecordingUndo;
import dev.arca.server.dispatch.ServerInfo;
import dev.arca.server.dispatch.Services;
import dev.arca.server.kmip.KmipListener;
import dev.arca.server.kmip.ListenerManager;
import dev.arca.server.kmip.TransportSettings;
import dev.arca.server.operation.CryptoHandlers;
import dev.arca.server.operation.Handlers;
import dev.arca.server.pki.Pki;
import dev.arca.server.pki.PkiException;
import dev.arca.server.pki.ServerNames;
import dev.arca.server.tls.TlsMaterial;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Arca node: the data directory opened, the master key unsealed, the store, the key
 * service, the users, the PKI and the KMIP listeners, wired together. {@link #close()} stops
 * everything in reverse order after letting acknowledged changes finish.
 */
public final class Node implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Node.class);

  /** The product name in Query's Vendor Identification and in logs. */
  public static final String VENDOR = "Arca";

  private final ServerConfig config;
  private final MasterKeyFile masterKey;
  private final SqliteStore store;
  private final LocalReplicator replicator;
  private final KeyService keys;
  private final UserDirectory users;
  private final Pki pki;
  private final Dispatcher dispatcher;
  private final ListenerManager listeners;
  private final Optional<FirstRun.Result> firstRun;

  private Node(Builder b) {
    this.config = b.config;
    this.masterKey = b.masterKey;
    this.store = b.store;
    this.replicator = b.replicator;
    this.keys = b.keys;
    this.users = b.users;
    this.pki = b.pki;
    this.dispatcher = b.dispatcher;
    this.listeners = b.listeners;
    this.firstRun = b.firstRun;
  }

  /** The product version, from the jar manifest. */
  public static String version() {
    String v = Node.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  /**
   * Opens the data directory (creating it on the first start), unseals the master key, opens the
   * store, initialises the PKI and the first client user when they do not exist, and starts the
   * KMIP listeners.
   */
  public static Node start(ServerConfig config, NodeOptions options) throws NodeException {
    Builder b = new Builder(config);
    try {
      b.open(options);
      return new Node(b);
    } catch (NodeException | RuntimeException e) {
      b.closeQuietly();
      throw e;
    }
  }

  public ServerConfig config() {
    return config;
  }

  public KeyService keys() {
    return keys;
  }

  public UserDirectory users() {
    return users;
  }

  public Pki pki() {
    return pki;
  }

  public SqliteStore store() {
    return store;
  }

  public Dispatcher dispatcher() {
    return dispatcher;
  }

  public List<KmipListener> listeners() {
    return listeners.listeners();
  }

  /** What the first start created, when this start was the first. */
  public Optional<FirstRun.Result> firstRun() {
    return firstRun;
  }

  /** Applies a new list of KMIP listeners without a restart. */
  public void applyListeners(List<ListenerConfig> configs) {
    listeners.apply(configs, this::tlsFor);
  }

  private TlsMaterial tlsFor(ListenerConfig l) {
    try {
      return pki.forServer(l.serverCertificate(), l.trustedCaProfile());
    } catch (PkiException e) {
      throw new IllegalStateException("listener " + l.name() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    listeners.close();
    replicator.close();
    store.close();
    masterKey.close();
    LOG.info("Node {} stopped", config.nodeName());
  }

  /** The parts, built in order; closed in reverse if a later one fails. */
  private static final class Builder {
    final ServerConfig config;
    MasterKeyFile masterKey;
    SqliteStore store;
    LocalReplicator replicator;
    KeyService keys;
    UserDirectory users;
    Pki pki;
    Dispatcher dispatcher;
    ListenerManager listeners;
    Optional<FirstRun.Result> firstRun = Optional.empty();

    Builder(ServerConfig config) {
      this.config = config;
    }

    void open(NodeOptions options) throws NodeException {
      Path data = config.dataDirectory();
      createPrivateDirectory(data);
      CryptoModule module = CryptoModule.instance();
      if (!module.isOperational()) {
        throw new NodeException(
            "the cryptographic module failed its self-tests: " + module.errorState().orElse(""));
      }
      CryptoService crypto = new CryptoService(module);
      try {
        MasterKeyFile.Options mk = MasterKeyFile.Options.of(data);
        if (config.masterKeyPassphraseFile().isPresent()) {
          mk = mk.withPassphraseFile(config.masterKeyPassphraseFile().get());
        }
        if (options.masterKeyIterations().isPresent()) {
          mk = mk.withIterations(options.masterKeyIterations().getAsInt());
        }
        masterKey = MasterKeyFile.open(module, mk);
      } catch (CryptoException e) {
        throw new NodeException("master key: " + e.getMessage(), e);
      }
      store = SqliteStore.open(data);
      replicator = new LocalReplicator(store);
      Clock clock = options.clock();
      keys = keyService(replicator, crypto, clock);
      try {
        users = new UserDirectory(store, replicator, crypto, clock, options.userSettings());
        pki = Pki.open(data, masterKey.envelope(), crypto, clock);
        List<String> certificates = new ArrayList<>();
        for (ListenerConfig l : config.kmip().listeners()) {
          if (!certificates.contains(l.serverCertificate())) {
            certificates.add(l.serverCertificate());
          }
        }
        if (!certificates.contains(config.admin().serverCertificate())) {
          certificates.add(config.admin().serverCertificate());
        }
        pki.initialize(
            config.nodeName(), ServerNames.discover(options.extraServerNames()), certificates);
      } catch (CryptoException | PkiException e) {
        throw new NodeException(e.getMessage(), e);
      }
      List<OperationHandler<?, ?>> handlers = Handlers.all(CryptoHandlers.all(), true);
      AuditSink audit = options.audit().orElseGet(LoggingAuditSink::new);
      dispatcher =
          new Dispatcher(
              handlers,
              new ListenerAuthenticator(users),
              new Services(keys, crypto, new ServerInfo(VENDOR, version(), config.nodeName())),
              new RecordingUndo<>(replicator, store, r -> keyService(r, crypto, clock)),
              audit,
              clock);
      listeners =
          new ListenerManager(
              dispatcher,
              TransportSettings.DEFAULTS.withDecodeLimits(config.kmip().decodeLimits()));
      List<ListenerConfig> wanted = config.kmip().listeners();
      listeners.apply(
          wanted,
          l -> {
            try {
              return pki.forServer(l.serverCertificate(), l.trustedCaProfile());
            } catch (PkiException e) {
              throw new IllegalStateException("listener " + l.name() + ": " + e.getMessage(), e);
            }
          });
      // After the listeners, so that the bundle names the port actually bound.
      firstRun = FirstRun.ifNeeded(config, users, pki, listeners.listeners().get(0), options);
      for (KmipListener l : listeners.listeners()) {
        LOG.info(
            "KMIP listener {} on {} (client certificate: {}, password required: {})",
            l.name(),
            l.localAddress(),
            l.config().clientCertificateMode(),
            l.config().passwordRequired());
      }
    }

    KeyService keyService(Replicator r, CryptoService crypto, Clock clock) {
      return new KeyService(
          store,
          r,
          crypto,
          masterKey.envelope(),
          new OwnerOnlyAccessPolicy(),
          clock,
          KeyServiceSettings.defaults());
    }

    void closeQuietly() {
      if (listeners != null) {
        listeners.close();
      }
      if (replicator != null) {
        replicator.close();
      }
      if (store != null) {
        store.close();
      }
      if (masterKey != null) {
        masterKey.close();
      }
    }
  }

  /** Creates {@code dir} readable by its owner only, or checks that it is a directory. */
  public static void createPrivateDirectory(Path dir) throws NodeException {
    try {
      if (!Files.exists(dir)) {
        Files.createDirectories(dir);
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
          Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
      } else if (!Files.isDirectory(dir)) {
        throw new NodeException("data directory " + dir + " is not a directory");
      }
    } catch (IOException e) {
      throw new NodeException("cannot create the data directory " + dir + ": " + e.getMessage(), e);
    }
  }
}
