package dev.arca.server;

import dev.arca.core.access.OwnerOnlyAccessPolicy;
import dev.arca.core.access.UserDirectory;
import dev.arca.core.admin.AdminDirectory;
import dev.arca.core.admin.KeyOwnership;
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
import dev.arca.server.admin.AdminServer;
import dev.arca.server.admin.ListenerControl;
import dev.arca.server.admin.ListenerSettingsStore;
import dev.arca.server.admin.NodeMetrics;
import dev.arca.server.auth.ListenerAuthenticator;
import dev.arca.server.config.ListenerConfig;
import dev.arca.server.config.ServerConfig;
import dev.arca.server.dispatch.Dispatcher;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RecordingUndo;
import dev.arca.server.dispatch.ServerInfo;
import dev.arca.server.dispatch.Services;
import dev.arca.server.kmip.KmipListener;
import dev.arca.server.kmip.KmipService;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Arca node: the data directory opened, the master key unsealed, the store, the key
 * service, the client users and administrators, the PKI, the KMIP listeners and the admin HTTPS
 * port, wired together. {@link #close()} stops everything in reverse order after letting
 * acknowledged changes finish.
 *
 * <p>The KMIP listeners start from their stored settings (see {@link ListenerSettingsStore}): the
 * configuration file's {@code kmip.listeners} seeds them on the first start, and from then on the
 * admin API changes them and the change survives restarts. Every KMIP request of every transport
 * passes through one {@link NodeMetrics#observe metered} view of the dispatcher.
 */
public final class Node implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Node.class);

  /** The Lease Time new objects get and Obtain Lease grants. */
  static final Duration LEASE_TIME = Duration.ofHours(1);

  /** The product name in Query's Vendor Identification and in logs. */
  public static final String VENDOR = "Arca";

  /** How long a change of the node's own records may take to become durable. */
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);

  private final ServerConfig config;
  private final MasterKeyFile masterKey;
  private final SqliteStore store;
  private final LocalReplicator replicator;
  private final KeyService keys;
  private final UserDirectory users;
  private final AdminDirectory admins;
  private final Pki pki;
  private final Dispatcher dispatcher;
  private final ListenerManager listeners;
  private final NodeMetrics metrics;
  private final Optional<AdminServer> adminServer;
  private final Optional<FirstRun.Result> firstRun;
  private final Optional<FirstRun.InitialAdministrator> initialAdministrator;

  private Node(Builder b) {
    this.config = b.config;
    this.masterKey = b.masterKey;
    this.store = b.store;
    this.replicator = b.replicator;
    this.keys = b.keys;
    this.users = b.users;
    this.admins = b.admins;
    this.pki = b.pki;
    this.dispatcher = b.dispatcher;
    this.listeners = b.listeners;
    this.metrics = b.metrics;
    this.adminServer = Optional.ofNullable(b.adminServer);
    this.firstRun = b.firstRun;
    this.initialAdministrator = b.initialAdministrator;
  }

  /** The product version, from the jar manifest. */
  public static String version() {
    String v = Node.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  /**
   * Opens the data directory (creating it on the first start), unseals the master key, opens the
   * store, initialises the PKI, the first client user and the first administrator when they do not
   * exist, and starts the KMIP listeners and the admin HTTPS port.
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

  public AdminDirectory admins() {
    return admins;
  }

  /** The node's metrics, served at {@code /metrics}. */
  public NodeMetrics metrics() {
    return metrics;
  }

  /** The admin HTTPS port, unless the options turned it off. */
  public Optional<AdminServer> adminServer() {
    return adminServer;
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

  /**
   * The administrator this start created, when the node had none: on the first start, with the
   * password to show once.
   */
  public Optional<FirstRun.InitialAdministrator> initialAdministrator() {
    return initialAdministrator;
  }

  /**
   * Applies a new list of KMIP listeners without a restart. This changes the running listeners
   * only; the admin API also stores the settings so that they survive a restart.
   */
  public void applyListeners(List<ListenerConfig> configs) {
    try {
      listeners.apply(configs, this::tlsFor);
    } finally {
      // KMIP over HTTPS follows the default listener's trust.
      adminServer.ifPresent(AdminServer::tlsChanged);
    }
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
    adminServer.ifPresent(AdminServer::close);
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
    AdminDirectory admins;
    Pki pki;
    Dispatcher dispatcher;
    ListenerManager listeners;
    NodeMetrics metrics;
    AdminServer adminServer;
    Optional<FirstRun.Result> firstRun = Optional.empty();
    Optional<FirstRun.InitialAdministrator> initialAdministrator = Optional.empty();

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
      ListenerSettingsStore listenerSettings =
          new ListenerSettingsStore(store, replicator, COMMAND_TIMEOUT);
      List<ListenerConfig> wanted;
      try {
        wanted = listenerSettings.loadOrSeed(config.kmip().listeners());
      } catch (RuntimeException e) {
        throw new NodeException("KMIP listener settings: " + e.getMessage(), e);
      }
      try {
        users = new UserDirectory(store, replicator, crypto, clock, options.userSettings());
        admins = new AdminDirectory(store, replicator, crypto, clock, options.adminSettings());
        pki = Pki.open(data, masterKey.envelope(), crypto, clock);
        List<String> certificates = new ArrayList<>();
        for (ListenerConfig l : wanted) {
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
      ServerInfo server = new ServerInfo(VENDOR, version(), config.nodeName());
      dispatcher =
          new Dispatcher(
              handlers,
              new ListenerAuthenticator(users),
              new Services(keys, crypto, server),
              new RecordingUndo<>(replicator, store, r -> keyService(r, crypto, clock)),
              audit,
              clock);
      metrics = new NodeMetrics();
      KmipService kmip = metrics.observe(dispatcher);
      listeners =
          new ListenerManager(
              kmip, TransportSettings.DEFAULTS.withDecodeLimits(config.kmip().decodeLimits()));
      listeners.apply(
          wanted,
          l -> {
            try {
              return pki.forServer(l.serverCertificate(), l.trustedCaProfile());
            } catch (PkiException e) {
              throw new IllegalStateException("listener " + l.name() + ": " + e.getMessage(), e);
            }
          });
      metrics.watch(listeners::listeners, store);
      // After the listeners, so that the bundle names the port actually bound.
      FirstRun.protectClients(data);
      firstRun = FirstRun.ifNeeded(config, users, pki, listeners.listeners().get(0), options);
      initialAdministrator = FirstRun.administratorIfNeeded(admins, options);
      for (KmipListener l : listeners.listeners()) {
        LOG.info(
            "KMIP listener {} on {} (client certificate: {}, password required: {})",
            l.name(),
            l.localAddress(),
            l.config().clientCertificateMode(),
            l.config().passwordRequired());
      }
      if (options.adminApi().enabled()) {
        ListenerManager running = listeners;
        ListenerControl control =
            new ListenerControl() {
              @Override
              public List<KmipListener> running() {
                return running.listeners();
              }

              @Override
              public void apply(List<ListenerConfig> configs) {
                running.apply(configs, l -> tlsFor(l));
              }
            };
        try {
          adminServer =
              AdminServer.start(
                  config.admin(),
                  options.adminApi(),
                  new AdminServer.Backend(
                      server,
                      keys,
                      store,
                      new KeyOwnership(store, replicator, clock, 5, COMMAND_TIMEOUT),
                      users,
                      admins,
                      pki,
                      control,
                      listenerSettings,
                      kmip,
                      config.kmip().decodeLimits(),
                      metrics,
                      audit,
                      crypto,
                      clock,
                      config.fips().enabled(),
                      new MasterKeyRotation(masterKey, pki, keys)));
        } catch (RuntimeException e) {
          throw new NodeException(e.getMessage(), e);
        }
      }
    }

    TlsMaterial tlsFor(ListenerConfig l) {
      try {
        return pki.forServer(l.serverCertificate(), l.trustedCaProfile());
      } catch (PkiException e) {
        throw new IllegalStateException("listener " + l.name() + ": " + e.getMessage(), e);
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
          // A lease of one hour (KMIP Obtain Lease, Lease Time), as KMIP servers commonly grant.
          KeyServiceSettings.defaults().withLeaseTime(LEASE_TIME));
    }

    void closeQuietly() {
      if (adminServer != null) {
        adminServer.close();
      }
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
