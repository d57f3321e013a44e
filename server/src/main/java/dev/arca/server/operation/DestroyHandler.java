package dev.arca.server.operation;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.payload.DestroyRequest;
import dev.arca.kmip.payload.DestroyResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;

/**
 * Destroy (KMIP 1.4 §4.21, KMIP 2.1 §6.1.15): the key material is removed and the metadata kept,
 * with the Destroy Date set. An Active object must be revoked first (Wrong Key Lifecycle State;
 * Permission Denied in 1.x, 1.4 Table 348).
 */
public final class DestroyHandler implements OperationHandler<DestroyRequest, DestroyResponse> {

  @Override
  public Operation operation() {
    return Operation.DESTROY;
  }

  @Override
  public Class<DestroyRequest> requestType() {
    return DestroyRequest.class;
  }

  @Override
  public DestroyResponse handle(DestroyRequest request, RequestContext context)
      throws KmipException {
    String id = context.uniqueIdentifier(request.uniqueIdentifier());
    context.keys().destroy(context.caller(), id);
    return new DestroyResponse(id);
  }
}
