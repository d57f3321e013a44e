package dev.arca.server.operation;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.payload.PollRequest;
import dev.arca.kmip.payload.PollResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;

/**
 * Poll (KMIP 1.4 §4.28, KMIP 2.1 §6.1.38). Arca answers every operation synchronously and never
 * hands out an Asynchronous Correlation Value, so no value names an outstanding operation: Item Not
 * Found (1.4 Table 352); KMIP 2.1 Table 277 names Invalid Asynchronous Correlation Value, which
 * {@link ReasonsByVersion} turns back into Item Not Found for 1.x.
 */
public final class PollHandler implements OperationHandler<PollRequest, PollResponse> {

  @Override
  public Operation operation() {
    return Operation.POLL;
  }

  @Override
  public Class<PollRequest> requestType() {
    return PollRequest.class;
  }

  @Override
  public PollResponse handle(PollRequest request, RequestContext context) throws KmipException {
    throw new KmipException(
        context.version().isV2()
            ? ResultReason.INVALID_ASYNCHRONOUS_CORRELATION_VALUE
            : ResultReason.ITEM_NOT_FOUND,
        "no outstanding operation has this Asynchronous Correlation Value;"
            + " this server answers every request synchronously");
  }
}
