package dev.arca.server.operation;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.payload.InteropRequest;
import dev.arca.kmip.payload.InteropResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Interop (KMIP 2.1 §6.1.26): a test harness marks where a profile test case begins and ends, or
 * asks for a reset. The answer is an empty payload; the marks go to the system log so that a test
 * run can be lined up with the server's own lines.
 *
 * <p>"It SHALL NOT be available in a production server": {@link Handlers#all} never includes this
 * handler; only a test server adds it ({@link Handlers#testServerOperations()}).
 */
public final class InteropHandler implements OperationHandler<InteropRequest, InteropResponse> {

  private static final Logger LOG = LoggerFactory.getLogger(InteropHandler.class);

  /** A test case identifier such as {@code BL-M-1-21}; anything longer is not one. */
  private static final int MAX_IDENTIFIER = 256;

  @Override
  public Operation operation() {
    return Operation.INTEROP;
  }

  @Override
  public Class<InteropRequest> requestType() {
    return InteropRequest.class;
  }

  @Override
  public InteropResponse handle(InteropRequest request, RequestContext context)
      throws KmipException {
    String id = request.interopIdentifier();
    if (id.isBlank() || id.length() > MAX_IDENTIFIER) {
      throw new KmipException(
          ResultReason.INVALID_FIELD,
          "the Interop Identifier must name a test case in 1 to " + MAX_IDENTIFIER + " characters");
    }
    LOG.info(
        "Interop {} for test case {} from {}",
        request.interopFunction().specName(),
        LogHandler.quote(id),
        LogHandler.quote(context.caller().username()));
    return new InteropResponse();
  }
}
