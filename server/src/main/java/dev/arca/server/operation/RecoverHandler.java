package dev.arca.server.operation;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.UniqueIdentifier;
import dev.arca.kmip.payload.RecoverRequest;
import dev.arca.kmip.payload.RecoverResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;

/**
 * Recover (KMIP 1.4 §4.23, KMIP 2.1 §6.1.42): archived key material comes back on line. KMIP 2.1
 * §6.1 names Recover among the operations whose identifier becomes the ID Placeholder.
 */
public final class RecoverHandler implements OperationHandler<RecoverRequest, RecoverResponse> {

  @Override
  public Operation operation() {
    return Operation.RECOVER;
  }

  @Override
  public Class<RecoverRequest> requestType() {
    return RecoverRequest.class;
  }

  @Override
  public RecoverResponse handle(RecoverRequest request, RequestContext context)
      throws KmipException {
    String id = context.uniqueIdentifier(request.uniqueIdentifier());
    context.keys().recover(context.caller(), id);
    context.assigned(UniqueIdentifier.ID_PLACEHOLDER, id);
    return new RecoverResponse(id);
  }
}
