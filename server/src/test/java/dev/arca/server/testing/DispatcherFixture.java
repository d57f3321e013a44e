package dev.arca.server.testing;

import dev.arca.core.access.Caller;
import dev.arca.core.access.OwnerOnlyAccessPolicy;
import dev.arca.core.audit.AuditEvent;
import dev.arca.core.crypto.CryptoModule;
import dev.arca.core.crypto.CryptoService;
import dev.arca.core.key.KeyService;
import dev.arca.core.key.KeyServiceSettings;
import dev.arca.core.key.testing.MutableClock;
import dev.arca.core.key.testing.TestMasterKeys;
import dev.arca.core.state.LocalReplicator;
import dev.arca.core.state.Replicator;
import dev.arca.core.store.SqliteStore;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.BatchErrorContinuationOption;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.message.ProtocolVersion;
import dev.arca.kmip.message.RequestBatchItem;
import dev.arca.kmip.message.RequestHeader;
import dev.arca.kmip.message.RequestMessage;
import dev.arca.kmip.message.ResponseBatchItem;
import dev.arca.kmip.message.ResponseMessage;
import dev.arca.kmip.payload.Payloads;
import dev.arca.kmip.payload.RequestPayload;
import dev.arca.kmip.payload.ResponsePayload;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.config.ListenerConfig;
import dev.arca.server.dispatch.Authenticator;
import dev.arca.server.dispatch.Dispatcher;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RecordingUndo;
import dev.arca.server.dispatch.ServerInfo;
import dev.arca.server.dispatch.Services;
import dev.arca.server.kmip.ConnectionInfo;
import dev.arca.server.operation.CryptoHandlers;
import dev.arca.server.operation.Handlers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * An in-process KMIP server for tests: the real {@link Dispatcher} with every operation handler,
 * over a real {@link SqliteStore} and {@link LocalReplicator} in a temporary directory, the real
 * crypto boundary and a master key file (with the lowest PBKDF2 iteration count the file accepts,
 * shared by all fixtures of a test run). A batch with the Undo option is undone as on a node, by
 * {@link RecordingUndo}.
 *
 * <pre>{@code
 * try (DispatcherFixture server = DispatcherFixture.start()) {
 *   ResponseBatchItem item = server.call(KmipVersion.V2_1, CreateRequest.of(type, attributes));
 *   CreateResponse created = DispatcherFixture.payload(item, CreateResponse.class);
 * }
 * }</pre>
 *
 * <p>Every request is authenticated as {@link #USER} unless told otherwise ({@link #actAs}, {@link
 * #rejectAuthentication}); the listener allows key export and configuration operations unless
 * switched off; the clock stands still at a whole second until advanced; the key service grants a
 * one-hour lease, as the OASIS reference server in the conformance vectors does.
 */
public final class DispatcherFixture implements AutoCloseable {

  /** The user requests are authenticated as. */
  public static final String USER = "alice";

  private final Path dir;
  private final SqliteStore store;
  private final LocalReplicator replicator;
  private final KeyService keys;
  private final Dispatcher dispatcher;
  private final List<AuditEvent> audit = new CopyOnWriteArrayList<>();
  private final List<Operation> operations;

  /** The clock of the key service and the dispatcher. */
  public final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

  private volatile ListenerConfig listener = ListenerConfig.defaults("test", "kmip");
  private volatile String user = USER;
  private volatile boolean rejectAuthentication;

  private DispatcherFixture(List<? extends OperationHandler<?, ?>> extra) {
    try {
      dir = Files.createTempDirectory("arca-dispatcher");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    store = SqliteStore.open(dir.resolve("store"));
    replicator = new LocalReplicator(store);
    CryptoService crypto = new CryptoService(CryptoModule.instance());
    keys = keyService(replicator, crypto);
    List<OperationHandler<?, ?>> handlers = Handlers.all(extra, true);
    operations = handlers.stream().map(OperationHandler::operation).toList();
    Authenticator authenticator =
        (authentication, connection) -> {
          if (rejectAuthentication) {
            throw new KmipException(
                ResultReason.AUTHENTICATION_NOT_SUCCESSFUL, "authentication failed");
          }
          return Caller.of(user);
        };
    dispatcher =
        new Dispatcher(
            handlers,
            authenticator,
            new Services(keys, crypto, new ServerInfo("Arca", "test", "node-1")),
            new RecordingUndo<>(replicator, store, r -> keyService(r, crypto)),
            audit::add,
            clock);
  }

  /**
   * A server with every handler: those of {@link Handlers}, of {@link CryptoHandlers}, and the test
   * server's own ({@link Handlers#testServerOperations()}: Interop, which the conformance test
   * cases use to mark where each begins and ends).
   */
  public static DispatcherFixture start() {
    List<OperationHandler<?, ?>> extra = new ArrayList<>(CryptoHandlers.all());
    extra.addAll(Handlers.testServerOperations());
    return new DispatcherFixture(extra);
  }

  /** A server with the handlers of {@link Handlers} and {@code extra}. */
  public static DispatcherFixture start(List<? extends OperationHandler<?, ?>> extra) {
    return new DispatcherFixture(extra);
  }

  // ---- sending -------------------------------------------------------------------------------

  /** Sends a request message tree; returns the response message tree. */
  public Ttlv send(Ttlv request) {
    return dispatcher.handle(request, connection());
  }

  /** A request message of one batch item per payload, in {@code version}. */
  public static Ttlv request(KmipVersion version, RequestPayload... payloads) {
    return request(version, Optional.empty(), payloads);
  }

  /** A request message with a Batch Error Continuation Option. */
  public static Ttlv request(
      KmipVersion version,
      Optional<BatchErrorContinuationOption> option,
      RequestPayload... payloads) {
    List<RequestBatchItem> items = new ArrayList<>();
    for (RequestPayload p : payloads) {
      items.add(RequestBatchItem.of(operationOf(p), Payloads.encode(p)));
    }
    RequestHeader plain = RequestHeader.of(ProtocolVersion.of(version), items.size());
    RequestHeader header =
        new RequestHeader(
            plain.protocolVersion(),
            plain.maximumResponseSize(),
            plain.clientCorrelationValue(),
            plain.serverCorrelationValue(),
            plain.asynchronousIndicator(),
            plain.attestationCapableIndicator(),
            plain.attestationTypes(),
            plain.authentication(),
            option,
            plain.batchOrderOption(),
            plain.timeStamp(),
            plain.batchCount());
    return TtlvBinder.encode(new RequestMessage(header, items));
  }

  /** Sends the payloads as one batch and decodes the response. */
  public ResponseMessage exchange(KmipVersion version, RequestPayload... payloads) {
    return decode(send(request(version, payloads)));
  }

  /** Sends the payloads as one batch with a Batch Error Continuation Option. */
  public ResponseMessage exchange(
      KmipVersion version, BatchErrorContinuationOption option, RequestPayload... payloads) {
    return decode(send(request(version, Optional.of(option), payloads)));
  }

  /** Sends one payload; returns its batch item. */
  public ResponseBatchItem call(KmipVersion version, RequestPayload payload) {
    return exchange(version, payload).batchItems().get(0);
  }

  /**
   * Sends one payload and returns the response payload.
   *
   * @throws AssertionError when the operation failed
   */
  public <R extends ResponsePayload> R ok(
      KmipVersion version, RequestPayload payload, Class<R> type) {
    return payload(call(version, payload), type);
  }

  /** Decodes a response message tree. */
  public static ResponseMessage decode(Ttlv response) {
    try {
      return TtlvBinder.decode(ResponseMessage.class, response);
    } catch (KmipException e) {
      throw new AssertionError("the response does not decode: " + e.getMessage(), e);
    }
  }

  /**
   * The payload of a successful batch item.
   *
   * @throws AssertionError when the item failed
   */
  public static <R extends ResponsePayload> R payload(ResponseBatchItem item, Class<R> type) {
    if (item.resultReason().isPresent()) {
      throw new AssertionError(
          "the operation failed: "
              + item.resultReason().get().specName()
              + ": "
              + item.resultMessage().orElse(""));
    }
    try {
      return type.cast(
          Payloads.response(item.operation().orElseThrow(), item.responsePayload().orElseThrow()));
    } catch (KmipException e) {
      throw new AssertionError("the payload does not decode: " + e.getMessage(), e);
    }
  }

  // ---- switches ------------------------------------------------------------------------------

  /** Authenticates later requests as {@code username}. */
  public void actAs(String username) {
    user = username;
  }

  /** Makes authentication fail (or succeed again). */
  public void rejectAuthentication(boolean reject) {
    rejectAuthentication = reject;
  }

  /** Sets the listener's <em>allow key export</em> flag. */
  public void allowKeyExport(boolean allow) {
    listener = with(listener, listener.allowKeyAndPolicyConfiguration(), allow);
  }

  /** Sets the listener's <em>allow key and policy configuration operations</em> flag. */
  public void allowConfiguration(boolean allow) {
    listener = with(listener, allow, listener.allowKeyExport());
  }

  // ---- what the server did -------------------------------------------------------------------

  /** The audit events recorded so far, oldest first. */
  public List<AuditEvent> audit() {
    return List.copyOf(audit);
  }

  /** The key service behind the dispatcher. */
  public KeyService keys() {
    return keys;
  }

  /** The operations the dispatcher serves. */
  public List<Operation> operations() {
    return operations;
  }

  @Override
  public void close() {
    replicator.close();
    store.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- internals -----------------------------------------------------------------------------

  private ConnectionInfo connection() {
    return new ConnectionInfo(
        listener,
        new InetSocketAddress("127.0.0.1", 50000),
        List.of(),
        "TLSv1.3",
        "TLS_AES_256_GCM_SHA384");
  }

  private static Operation operationOf(RequestPayload payload) {
    for (Operation op : Payloads.operations()) {
      if (Payloads.requestType(op).filter(t -> t == payload.getClass()).isPresent()) {
        return op;
      }
    }
    throw new IllegalArgumentException("no operation takes " + payload.getClass().getSimpleName());
  }

  private static ListenerConfig with(ListenerConfig c, boolean configuration, boolean export) {
    return new ListenerConfig(
        c.name(),
        c.bindAddress(),
        c.port(),
        c.serverCertificate(),
        c.trustedCaProfile(),
        c.idleTimeout(),
        configuration,
        export,
        c.clientCertificateMode(),
        c.usernameField(),
        c.requireSourceIpInCertificate(),
        c.passwordRequired(),
        c.tlsProtocols());
  }

  /**
   * The key service over {@code r}: the dispatcher's own over the store's replicator, and, for a
   * batch with the Undo option, one over the replicator that records what each change replaced.
   */
  private KeyService keyService(Replicator r, CryptoService crypto) {
    return new KeyService(
        store,
        r,
        crypto,
        TestMasterKeys.shared().envelope(),
        new OwnerOnlyAccessPolicy(),
        clock,
        KeyServiceSettings.defaults().withLeaseTime(Duration.ofHours(1)));
  }
}
