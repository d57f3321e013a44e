package dev.arca.server.operation;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.payload.RequestPayload;
import dev.arca.kmip.payload.ResponsePayload;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The handlers the dispatcher serves: one per KMIP operation. Every handler answers a KMIP 1.x
 * client with the result reasons of its version ({@link ReasonsByVersion}).
 */
public final class Handlers {

  private Handlers() {}

  /** The handlers of the managed-object operations of this package, without Query. */
  public static List<OperationHandler<?, ?>> objectOperations() {
    return List.of(
        new DiscoverVersionsHandler(),
        new CreateHandler(),
        new CreateKeyPairHandler(),
        new RegisterHandler(),
        new ReKeyHandler(),
        new ReKeyKeyPairHandler(),
        new DeriveKeyHandler(),
        new LocateHandler(),
        new CheckHandler(),
        new GetHandler(),
        new GetAttributesHandler(),
        new GetAttributeListHandler(),
        new AddAttributeHandler(),
        new ModifyAttributeHandler(),
        new DeleteAttributeHandler(),
        new SetAttributeHandler(),
        new ActivateHandler(),
        new RevokeHandler(),
        new DestroyHandler(),
        new ArchiveHandler(),
        new RecoverHandler(),
        new GetUsageAllocationHandler(),
        new ObtainLeaseHandler(),
        new PollHandler(),
        new CancelHandler(),
        new LogHandler());
  }

  /**
   * Handlers only a test server serves, to pass to {@link #all} with the others: Interop (KMIP 2.1
   * §6.1.26), which "SHALL NOT be available in a production server".
   */
  public static List<OperationHandler<?, ?>> testServerOperations() {
    return List.of(new InteropHandler());
  }

  /**
   * Every handler for the dispatcher: the object operations, {@code more} (the cryptographic
   * operations), and Query, which lists the operations of the whole list.
   *
   * @param more further handlers, e.g. those of {@code CryptoHandlers}
   * @param batchUndo whether the dispatcher's {@code UndoSupport} can undo a batch, for Query
   *     Capabilities
   */
  public static List<OperationHandler<?, ?>> all(
      List<? extends OperationHandler<?, ?>> more, boolean batchUndo) {
    List<OperationHandler<?, ?>> handlers = new ArrayList<>(objectOperations());
    handlers.addAll(more);
    List<Operation> operations = new ArrayList<>();
    for (OperationHandler<?, ?> h : handlers) {
      operations.add(h.operation());
    }
    operations.add(Operation.QUERY);
    handlers.add(new QueryHandler(operations, batchUndo));
    List<OperationHandler<?, ?>> out = new ArrayList<>();
    for (OperationHandler<?, ?> h : handlers) {
      out.add(versioned(h));
    }
    return List.copyOf(out);
  }

  private static <Q extends RequestPayload, R extends ResponsePayload>
      OperationHandler<Q, R> versioned(OperationHandler<Q, R> handler) {
    return new VersionedReasons<>(handler);
  }

  /** A handler whose failures carry the reasons of the request's version. */
  private static final class VersionedReasons<Q extends RequestPayload, R extends ResponsePayload>
      implements OperationHandler<Q, R> {
    private final OperationHandler<Q, R> handler;

    VersionedReasons(OperationHandler<Q, R> handler) {
      this.handler = handler;
    }

    @Override
    public Operation operation() {
      return handler.operation();
    }

    @Override
    public Class<Q> requestType() {
      return handler.requestType();
    }

    @Override
    public R handle(Q request, RequestContext context) throws KmipException {
      try {
        return handler.handle(request, context);
      } catch (KmipException e) {
        throw ReasonsByVersion.forVersion(e, context.version());
      }
    }

    @Override
    public String toString() {
      return handler.toString();
    }
  }
}
