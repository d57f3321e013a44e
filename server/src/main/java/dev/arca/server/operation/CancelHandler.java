package dev.arca.server.operation;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.CancellationResult;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.payload.CancelRequest;
import dev.arca.kmip.payload.CancelResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;

/**
 * Cancel (KMIP 1.4 §4.27, KMIP 2.1 §6.1.5). Arca answers every operation synchronously, so there is
 * never a pending operation to cancel: the Cancellation Result is Unavailable, "the specified
 * correlation value did not match any recently pending or completed asynchronous operations" (1.4
 * §4.27), with the correlation value echoed.
 */
public final class CancelHandler implements OperationHandler<CancelRequest, CancelResponse> {

  @Override
  public Operation operation() {
    return Operation.CANCEL;
  }

  @Override
  public Class<CancelRequest> requestType() {
    return CancelRequest.class;
  }

  @Override
  public CancelResponse handle(CancelRequest request, RequestContext context) throws KmipException {
    return new CancelResponse(
        request.asynchronousCorrelationValue(), CancellationResult.UNAVAILABLE);
  }
}
