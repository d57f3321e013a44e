package dev.arca.server.operation;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.payload.GetUsageAllocationRequest;
import dev.arca.kmip.payload.GetUsageAllocationResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;

/**
 * Get Usage Allocation (KMIP 1.4 §4.18, KMIP 2.1 §6.1.23): reserves Usage Limits units of a key
 * that may apply protection now, counting them down from its Usage Limits Count.
 */
public final class GetUsageAllocationHandler
    implements OperationHandler<GetUsageAllocationRequest, GetUsageAllocationResponse> {

  @Override
  public Operation operation() {
    return Operation.GET_USAGE_ALLOCATION;
  }

  @Override
  public Class<GetUsageAllocationRequest> requestType() {
    return GetUsageAllocationRequest.class;
  }

  @Override
  public GetUsageAllocationResponse handle(
      GetUsageAllocationRequest request, RequestContext context) throws KmipException {
    String id = context.uniqueIdentifier(request.uniqueIdentifier());
    context.keys().getUsageAllocation(context.caller(), id, request.usageLimitsCount());
    return new GetUsageAllocationResponse(id);
  }
}
