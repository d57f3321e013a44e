package dev.arca.server;

import dev.arca.core.access.KeySharing;
import dev.arca.core.access.KeySharingPolicy;
import dev.arca.core.access.UserDirectory;
import dev.arca.core.admin.AdminDirectory;
import dev.arca.core.admin.Approvals;
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
import dev.arca.server.fips.FipsMode;
import dev.arca.server.fips.FipsPreconditions;
import dev.arca.server.fips.FipsReport;
import dev.arca.server.fips.FipsSettingStore;
import dev.arca.server.fips.FipsStatusServer;
import dev.arca.server.kmip.KmipListener;
import dev.arca.server.kmip.KmipService;
import dev.arca.server.kmip.ListenerManager;
import dev.arca.server.kmip.TransportSettings;
import dev.arca.server.operation.CryptoHandlers;
import dev.arca.server.operation.Handlers;
import dev.arca.server.pki.Pki;
import dev.arca.server.pki.PkiException;
import dev.arca.server.pki.ServerNames;
import dev.arca.server.pki.TrustedCaProfile;
import dev.arca.server.tls.TlsContexts;
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
  private final KeySharing sharing;
  private final FipsMode fips;
  private final Optional<FipsStatusServer> fipsStatus;
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
    this.sharing = b.sharing;
    this.fips = b.fips;
    this.fipsStatus = Optional.ofNullable(b.fipsStatus);
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

  /** The key sharing groups and their grants. */
  public KeySharing sharing() {
    return sharing;
  }

  /** The node's FIPS mode: running, requested for the next start, and its preconditions. */
  public FipsMode fips() {
    return fips;
  }

  /** The FIPS status server, unless the configuration turned it off. */
  public Optional<FipsStatusServer> fipsStatusServer() {
    return fipsStatus;
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
    fipsStatus.ifPresent(FipsStatusServer::close);
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
    KeySharing sharing;
    FipsMode fips;
    FipsStatusServer fipsStatus;
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
      boolean errorState = errorStateAtStart(module, data);
      try {
        MasterKeyFile.Options mk = MasterKeyFile.Options.of(data);
        if (config.masterKeyPassphraseFile().isPresent()) {
          mk = mk.withPassphraseFile(config.masterKeyPassphraseFile().get());
        }
        if (options.masterKeyIterations().isPresent()) {
          mk = mk.withIterations(options.masterKeyIterations().getAsInt());
        }
        MasterKeyFile.Options masterKeyOptions = mk;
        masterKey = module.openOwnState(() -> MasterKeyFile.open(module, masterKeyOptions));
      } catch (CryptoException e) {
        throw new NodeException("master key: " + e.getMessage(), e);
      }
      store = SqliteStore.open(data);
      replicator = new LocalReplicator(store);
      Clock clock = options.clock();
      fips = fipsMode(module);
      CryptoService crypto = new CryptoService(module, fips.policy());
      sharing = new KeySharing(store, replicator, clock, 5, COMMAND_TIMEOUT);
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
        // The directories draw an in-memory cache key; in the error state it is never used, as
        // every password check is refused.
        users =
            module.openOwnState(
                () -> new UserDirectory(store, replicator, crypto, clock, options.userSettings()));
        admins =
            module.openOwnState(
                () ->
                    new AdminDirectory(store, replicator, crypto, clock, options.adminSettings()));
        pki = module.openOwnState(() -> Pki.open(data, masterKey.envelope(), crypto, clock));
        List<String> certificates = new ArrayList<>();
        for (ListenerConfig l : wanted) {
          if (!certificates.contains(l.serverCertificate())) {
            certificates.add(l.serverCertificate());
          }
        }
        if (!certificates.contains(config.admin().serverCertificate())) {
          certificates.add(config.admin().serverCertificate());
        }
        if (config.fips().status().enabled()
            && !certificates.contains(config.fips().status().serverCertificate())) {
          certificates.add(config.fips().status().serverCertificate());
        }
        if (errorState) {
          // Nothing is generated in the error state: every certificate must exist already.
          for (String name : certificates) {
            if (pki.serverCertificate(name).isEmpty()) {
              throw new NodeException(
                  "the cryptographic module is in its error state ("
                      + module.errorState().orElse("")
                      + "), and server certificate '"
                      + name
                      + "' would have to be created; start without it or fix the module first");
            }
          }
        } else {
          pki.initialize(
              config.nodeName(), ServerNames.discover(options.extraServerNames()), certificates);
        }
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
      if (!errorState) {
        firstRun = FirstRun.ifNeeded(config, users, pki, listeners.listeners().get(0), options);
        initialAdministrator = FirstRun.administratorIfNeeded(admins, options);
      }
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
                      sharing,
                      users,
                      admins,
                      new Approvals(
                          store, replicator, masterKey.envelope(), admins, clock, COMMAND_TIMEOUT),
                      pki,
                      control,
                      listenerSettings,
                      kmip,
                      config.kmip().decodeLimits(),
                      metrics,
                      audit,
                      crypto,
                      clock,
                      fips,
                      new MasterKeyRotation(masterKey, pki, keys)));
        } catch (RuntimeException e) {
          throw new NodeException(e.getMessage(), e);
        }
      }
      FipsPreconditions.register(
          fips, listenerSettings, pki, config, () -> users.policies().current());
      if (config.fips().status().enabled()) {
        ServerConfig.StatusServer s = config.fips().status();
        try {
          fipsStatus =
              FipsStatusServer.start(
                  s.bindAddress(),
                  s.port(),
                  TlsContexts.server(
                      pki.forServer(s.serverCertificate(), TrustedCaProfile.DEFAULT)),
                  () -> FipsReport.json(config.nodeName(), version(), fips, clock.instant()));
        } catch (IOException | PkiException | RuntimeException e) {
          throw new NodeException(
              "FIPS status server on "
                  + s.bindAddress()
                  + ":"
                  + s.port()
                  + " could not be started: "
                  + e.getMessage(),
              e);
        }
      }
    }

    /**
     * Whether this start runs in the error state: BC-FIPS started and passed its own power-up
     * tests, but one of Arca's failed. The node then opens what it has (master key, its own TLS
     * keys) and starts its ports so that the status server shows the failure and the admin API
     * answers, while KMIP and every key service refuse. If BC-FIPS itself failed, no TLS port can
     * work, and the start is refused; so is a first start, which would have to generate keys.
     */
    private static boolean errorStateAtStart(CryptoModule module, Path data) throws NodeException {
      if (!module.isModuleReady()) {
        throw new NodeException(
            "the cryptographic module failed to start: "
                + module.errorState().orElse("BC-FIPS is not ready")
                + "; no TLS port can be served, so the node does not start");
      }
      Optional<String> failure = module.errorState();
      if (failure.isEmpty()) {
        return false;
      }
      if (!Files.exists(data.resolve(MasterKeyFile.FILE_NAME))) {
        throw new NodeException(
            "the cryptographic module failed its self-tests ("
                + failure.get()
                + "); a new node cannot be set up in the error state");
      }
      LOG.error(
          "Starting in the error state ({}): the status server and the admin API answer for"
              + " diagnosis; KMIP and every cryptographic service refuse until a restart passes"
              + " the self-tests",
          failure.get());
      return true;
    }

    /**
     * The FIPS mode this start runs in: the security officer's stored choice, else the
     * configuration file's. Approved-only mode is fixed when BC-FIPS loads, so a node asked to run
     * in FIPS mode in a JVM that did not load BC-FIPS approved-only refuses to start rather than
     * claim a mode it is not in.
     */
    FipsMode fipsMode(CryptoModule module) throws NodeException {
      FipsSettingStore settings = new FipsSettingStore(store, replicator, COMMAND_TIMEOUT);
      boolean requested = FipsMode.requestedAtStart(config.fips().enabled(), settings.stored());
      if (requested && !module.isApprovedOnly()) {
        throw new NodeException(
            "FIPS mode is on, but this JVM loaded BC-FIPS outside approved-only mode; start the"
                + " node with 'arca server', which sets -D"
                + FipsMode.APPROVED_ONLY_PROPERTY
                + "=true before BC-FIPS loads, or set that property yourself");
      }
      if (!requested && module.isApprovedOnly()) {
        LOG.info("BC-FIPS runs in approved-only mode although FIPS mode is off for this node");
      }
      LOG.info("FIPS mode {}", requested ? "on" : "off");
      return new FipsMode(requested, config.fips().enabled(), module, settings);
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
          // Global keys are off in FIPS mode: the mode the module runs in, which an officer may
          // have chosen through the API rather than the configuration file.
          new KeySharingPolicy(sharing, !crypto.fipsMode()),
          clock,
          // A lease of one hour (KMIP Obtain Lease, Lease Time), as KMIP servers commonly grant.
          KeyServiceSettings.defaults().withLeaseTime(LEASE_TIME));
    }

    void closeQuietly() {
      if (fipsStatus != null) {
        fipsStatus.close();
      }
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
