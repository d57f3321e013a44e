package dev.arca.server.dispatch;

import dev.arca.core.access.Caller;
import dev.arca.core.audit.AuditEvent;
import dev.arca.core.audit.AuditSink;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.BatchErrorContinuationOption;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.ResultStatus;
import dev.arca.kmip.message.MessageExtension;
import dev.arca.kmip.message.ProtocolVersion;
import dev.arca.kmip.message.RequestBatchItem;
import dev.arca.kmip.message.RequestHeader;
import dev.arca.kmip.message.RequestMessage;
import dev.arca.kmip.message.ResponseBatchItem;
import dev.arca.kmip.message.ResponseHeader;
import dev.arca.kmip.message.ResponseMessage;
import dev.arca.kmip.payload.Payloads;
import dev.arca.kmip.payload.RequestPayload;
import dev.arca.kmip.payload.ResponsePayload;
import dev.arca.kmip.ttlv.DecodeException;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvEncoder;
import dev.arca.kmip.ttlv.TtlvInteger;
import dev.arca.kmip.ttlv.TtlvStructure;
import dev.arca.server.kmip.ConnectionInfo;
import dev.arca.server.kmip.KmipService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that handles what every KMIP request shares: the protocol version, the batch and
 * its error continuation option, the ID Placeholder, authentication, the listener's rules, audit,
 * and turning failures into result reasons. Operation handlers see only their payload.
 *
 * <p>An unexpected failure in a handler becomes General Failure with a correlation id that the
 * server log also carries, so the client learns nothing of the server's internals.
 */
public final class Dispatcher implements KmipService {

  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

  private final Map<Operation, OperationHandler<?, ?>> handlers = new EnumMap<>(Operation.class);
  private final Authenticator authenticator;
  private final Services services;
  private final UndoSupport undo;
  private final AuditSink audit;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final TtlvEncoder encoder = new TtlvEncoder();

  public Dispatcher(
      List<OperationHandler<?, ?>> handlers,
      Authenticator authenticator,
      Services services,
      UndoSupport undo,
      AuditSink audit,
      Clock clock) {
    for (OperationHandler<?, ?> h : handlers) {
      if (this.handlers.put(h.operation(), h) != null) {
        throw new IllegalArgumentException("two handlers for " + h.operation().specName());
      }
    }
    this.authenticator = authenticator;
    this.services = services;
    this.undo = undo;
    this.audit = audit;
    this.clock = clock;
  }

  /** The operations this dispatcher serves, for Query. */
  public List<Operation> operations() {
    return List.copyOf(handlers.keySet());
  }

  @Override
  public Ttlv undecodable(DecodeException problem, ConnectionInfo connection) {
    String cid = correlationId();
    audit(connection, "-", "-", List.of(), problem.reason().specName(), problem.getMessage(), cid);
    return failureMessage(KmipVersion.latest(), ResultReason.INVALID_MESSAGE, problem.getMessage());
  }

  @Override
  public Ttlv handle(Ttlv request, ConnectionInfo connection) {
    String cid = correlationId();
    RequestMessage message;
    try {
      message = TtlvBinder.decode(RequestMessage.class, request);
    } catch (KmipException e) {
      audit(connection, "-", "-", List.of(), e.reason().specName(), e.getMessage(), cid);
      return failureMessage(versionOf(request), e.reason(), e.getMessage());
    }
    RequestHeader header = message.header();
    ProtocolVersion asked = header.protocolVersion();
    Optional<KmipVersion> version = asked.known();
    if (version.isEmpty()) {
      String why = "protocol version " + asked + " is not supported; this server speaks 1.0 to 2.1";
      audit(connection, "-", "-", List.of(), ResultReason.INVALID_MESSAGE.specName(), why, cid);
      return failureMessage(nearest(asked), ResultReason.INVALID_MESSAGE, why);
    }
    if (header.batchCount() != message.batchItems().size()) {
      String why =
          "Batch Count is "
              + header.batchCount()
              + " but the message has "
              + message.batchItems().size()
              + " batch items";
      audit(connection, "-", "-", List.of(), ResultReason.INVALID_MESSAGE.specName(), why, cid);
      return failureMessage(version.get(), ResultReason.INVALID_MESSAGE, why);
    }

    Optional<String> moduleError = services.crypto().module().errorState();
    if (moduleError.isPresent()) {
      // FIPS 140-3 error state: no cryptographic service until the node restarts; the status
      // server and the admin API's health still report why.
      String why =
          "the cryptographic module is in its error state ("
              + moduleError.get()
              + "); every request is refused until the node restarts";
      List<ResponseBatchItem> items = new ArrayList<>();
      for (RequestBatchItem item : message.batchItems()) {
        items.add(
            failure(item, ResultStatus.OPERATION_FAILED, ResultReason.CRYPTOGRAPHIC_FAILURE, why));
        audit(
            connection,
            "-",
            item.operation().encodingName(),
            List.of(),
            ResultReason.CRYPTOGRAPHIC_FAILURE.specName(),
            why,
            cid);
      }
      return response(version.get(), header, items);
    }
    Caller caller;
    try {
      caller = authenticator.authenticate(header.authentication(), connection);
    } catch (KmipException e) {
      List<ResponseBatchItem> items = new ArrayList<>();
      for (RequestBatchItem item : message.batchItems()) {
        items.add(failure(item, ResultStatus.OPERATION_FAILED, e.reason(), e.getMessage()));
        audit(
            connection,
            "-",
            item.operation().encodingName(),
            List.of(),
            e.reason().specName(),
            e.getMessage(),
            cid);
      }
      return response(version.get(), header, items);
    }
    return TtlvBinder.encode(
        responseMessage(version.get(), header, message, caller, connection, cid));
  }

  private ResponseMessage responseMessage(
      KmipVersion version,
      RequestHeader header,
      RequestMessage message,
      Caller caller,
      ConnectionInfo connection,
      String cid) {
    BatchErrorContinuationOption option =
        header.batchErrorContinuationOption().orElse(BatchErrorContinuationOption.STOP);
    Optional<UndoSupport.Scope> undoScope =
        option == BatchErrorContinuationOption.UNDO && message.batchItems().size() > 1
            ? Optional.of(undo.open(services))
            : Optional.empty();
    Services scoped = undoScope.map(UndoSupport.Scope::services).orElse(services);
    RequestContext.Batch batch = new RequestContext.Batch();
    Instant now = clock.instant();

    List<ResponseBatchItem> items = new ArrayList<>();
    for (RequestBatchItem item : message.batchItems()) {
      RequestContext context = new RequestContext(caller, version, connection, now, scoped, batch);
      ResponseBatchItem result = process(item, context, cid);
      audit(
          connection,
          caller.username(),
          item.operation().encodingName(),
          context.touchedObjects(),
          result.resultReason().map(ResultReason::specName).orElse("Success"),
          result.resultMessage().orElse(null),
          cid);
      if (result.resultStatus() == ResultStatus.SUCCESS) {
        items.add(result);
        continue;
      }
      if (option == BatchErrorContinuationOption.CONTINUE) {
        items.add(result);
        continue;
      }
      if (undoScope.isPresent()) {
        try {
          undoScope.get().undo();
          items.replaceAll(Dispatcher::undone);
        } catch (KmipException e) {
          LOG.error("[{}] undoing a failed batch failed: {}", cid, e.getMessage());
        }
      }
      items.add(result);
      break; // Stop and Undo: later items are not processed and not answered.
    }
    ResponseMessage response =
        new ResponseMessage(responseHeader(version, header, items.size()), items);
    return checkSize(header, response, version);
  }

  private ResponseBatchItem process(RequestBatchItem item, RequestContext context, String cid) {
    Operation op = item.operation();
    try {
      for (MessageExtension ext : item.messageExtensions()) {
        if (ext.criticalityIndicator()) {
          throw new KmipException(
              ResultReason.FEATURE_NOT_SUPPORTED,
              "critical message extension of " + ext.vendorIdentification() + " not understood");
        }
      }
      OperationHandler<?, ?> handler = handlers.get(op);
      if (handler == null) {
        throw new KmipException(
            ResultReason.OPERATION_NOT_SUPPORTED, op.specName() + " is not supported");
      }
      if (OperationKind.isConfiguration(op)
          && !context.connection().listener().allowKeyAndPolicyConfiguration()) {
        throw new KmipException(
            ResultReason.PERMISSION_DENIED,
            "this listener does not allow key and policy configuration operations");
      }
      Ttlv payloadItem =
          item.requestPayload()
              .orElseThrow(
                  () ->
                      new KmipException(
                          ResultReason.INVALID_MESSAGE, "the batch item has no Request Payload"));
      RequestPayload payload = Payloads.request(op, payloadItem);
      ResponsePayload response = invoke(handler, payload, context);
      return ResponseBatchItem.success(
          Optional.of(op), item.uniqueBatchItemId(), Optional.of(Payloads.encode(response)));
    } catch (KmipException e) {
      return failure(item, ResultStatus.OPERATION_FAILED, e.reason(), e.getMessage());
    } catch (VirtualMachineError e) {
      throw e;
    } catch (RuntimeException | Error e) {
      LOG.error("[{}] {} failed unexpectedly", cid, op.specName(), e);
      return failure(
          item,
          ResultStatus.OPERATION_FAILED,
          ResultReason.GENERAL_FAILURE,
          "internal error " + cid + " (see the server log)");
    }
  }

  private static <Q extends RequestPayload, R extends ResponsePayload> R invoke(
      OperationHandler<Q, R> handler, RequestPayload payload, RequestContext context)
      throws KmipException {
    return handler.handle(handler.requestType().cast(payload), context);
  }

  private static ResponseBatchItem failure(
      RequestBatchItem item, ResultStatus status, ResultReason reason, String message) {
    return ResponseBatchItem.failure(
        Optional.of(item.operation()),
        item.uniqueBatchItemId(),
        status,
        reason,
        asciiMessage(message));
  }

  /**
   * A Result Message in ASCII. KMIP text is UTF-8, but PyKMIP 0.10 reads a Text String byte by
   * byte and fails on any other character, turning a clear refusal into a client crash. So the
   * typographic characters of Arca's messages are spelled in ASCII (§ as "section"), and any other
   * character outside ASCII becomes '?'.
   */
  static String asciiMessage(String message) {
    if (message == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c < 0x80) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(message.length() + 16).append(message, 0, i);
      }
      switch (c) {
        case '\u00A7' -> {
          out.append("section");
          if (i + 1 < message.length() && message.charAt(i + 1) != ' ') {
            out.append(' ');
          }
        }
        case '\u2026' -> out.append("...");
        case '\u2194' -> out.append("<->");
        case '\u2192' -> out.append("->");
        case '\u2013', '\u2014' -> out.append('-');
        case '\u2018', '\u2019' -> out.append('\'');
        case '\u201C', '\u201D' -> out.append('"');
        case '\u00D7' -> out.append('x');
        case '\u2264' -> out.append("<=");
        case '\u2265' -> out.append(">=");
        default -> {
          out.append('?');
          if (Character.isHighSurrogate(c)
              && i + 1 < message.length()
              && Character.isLowSurrogate(message.charAt(i + 1))) {
            i++;
          }
        }
      }
    }
    return out == null ? message : out.toString();
  }

  /** A processed item's response once the batch was undone: same payload, status Undone. */
  private static ResponseBatchItem undone(ResponseBatchItem done) {
    return new ResponseBatchItem(
        done.operation(),
        done.uniqueBatchItemId(),
        ResultStatus.OPERATION_UNDONE,
        done.resultReason(),
        done.resultMessage(),
        done.asynchronousCorrelationValue(),
        done.responsePayload(),
        done.messageExtensions());
  }

  private ResponseHeader responseHeader(KmipVersion version, RequestHeader request, int count) {
    return new ResponseHeader(
        ProtocolVersion.of(version),
        clock.instant(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        version.atLeast(KmipVersion.V1_4) ? request.clientCorrelationValue() : Optional.empty(),
        Optional.empty(),
        count);
  }

  /** KMIP 2.1 §9.12: a response larger than the client's Maximum Response Size is refused. */
  private ResponseMessage checkSize(
      RequestHeader header, ResponseMessage response, KmipVersion version) {
    if (header.maximumResponseSize().isEmpty()) {
      return response;
    }
    int limit = header.maximumResponseSize().get();
    if (encoder.encode(TtlvBinder.encode(response)).length <= limit) {
      return response;
    }
    List<ResponseBatchItem> items = new ArrayList<>();
    for (ResponseBatchItem item : response.batchItems()) {
      items.add(
          ResponseBatchItem.failure(
              item.operation(),
              item.uniqueBatchItemId(),
              ResultStatus.OPERATION_FAILED,
              ResultReason.RESPONSE_TOO_LARGE,
              "the response is larger than the Maximum Response Size of " + limit + " bytes"));
    }
    return new ResponseMessage(responseHeader(version, header, items.size()), items);
  }

  private Ttlv response(KmipVersion version, RequestHeader header, List<ResponseBatchItem> items) {
    return TtlvBinder.encode(
        new ResponseMessage(responseHeader(version, header, items.size()), items));
  }

  private Ttlv failureMessage(KmipVersion version, ResultReason reason, String message) {
    ResponseBatchItem item =
        ResponseBatchItem.failure(
            Optional.empty(),
            Optional.empty(),
            ResultStatus.OPERATION_FAILED,
            reason,
            asciiMessage(message));
    return TtlvBinder.encode(
        new ResponseMessage(
            ResponseHeader.of(ProtocolVersion.of(version), clock.instant(), 1), List.of(item)));
  }

  /** The version of a request that did not bind, read as far as it goes, for the error reply. */
  private static KmipVersion versionOf(Ttlv request) {
    if (request instanceof TtlvStructure message
        && message.child(Tag.REQUEST_HEADER).orElse(null) instanceof TtlvStructure header
        && header.child(Tag.PROTOCOL_VERSION).orElse(null) instanceof TtlvStructure pv
        && pv.child(Tag.PROTOCOL_VERSION_MAJOR).orElse(null) instanceof TtlvInteger major
        && pv.child(Tag.PROTOCOL_VERSION_MINOR).orElse(null) instanceof TtlvInteger minor) {
      return nearest(new ProtocolVersion(major.value(), minor.value()));
    }
    return KmipVersion.latest();
  }

  /** The version to answer an unsupported one in: the newest of its major version, or 1.0/2.1. */
  private static KmipVersion nearest(ProtocolVersion asked) {
    Optional<KmipVersion> exact = asked.known();
    if (exact.isPresent()) {
      return exact.get();
    }
    return asked.major() <= 1 ? KmipVersion.V1_4 : KmipVersion.latest();
  }

  private void audit(
      ConnectionInfo connection,
      String actor,
      String action,
      List<String> objects,
      String outcome,
      String detail,
      String cid) {
    audit.record(
        new AuditEvent(
            clock.instant(),
            "kmip:" + connection.listener().name(),
            connection.remote().getAddress().getHostAddress(),
            actor,
            action,
            objects,
            outcome,
            outcome.equals("Success") ? Optional.empty() : Optional.ofNullable(detail),
            cid));
  }

  private String correlationId() {
    byte[] b = new byte[6];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
