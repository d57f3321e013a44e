package dev.arca.server.operation;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.payload.ActivateRequest;
import dev.arca.kmip.payload.ActivateResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;

/**
 * Activate (KMIP 1.4 §4.19, KMIP 2.1 §6.1.1): a Pre-Active object becomes Active, with its
 * Activation Date set to now. Any other state is refused (Wrong Key Lifecycle State; Permission
 * Denied in 1.x, 1.4 Table 346).
 */
public final class ActivateHandler implements OperationHandler<ActivateRequest, ActivateResponse> {

  @Override
  public Operation operation() {
    return Operation.ACTIVATE;
  }

  @Override
  public Class<ActivateRequest> requestType() {
    return ActivateRequest.class;
  }

  @Override
  public ActivateResponse handle(ActivateRequest request, RequestContext context)
      throws KmipException {
    String id = context.uniqueIdentifier(request.uniqueIdentifier());
    context.keys().activate(context.caller(), id);
    return new ActivateResponse(id);
  }
}
