package dev.arca.server.operation;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.payload.RevokeRequest;
import dev.arca.kmip.payload.RevokeResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;

/**
 * Revoke (KMIP 1.4 §4.20, KMIP 2.1 §6.1.44): Key Compromise and CA Compromise make the object
 * Compromised, with the Compromise Occurrence Date the client gives; any other reason makes an
 * Active object Deactivated. The Revocation Reason is kept as an attribute.
 */
public final class RevokeHandler implements OperationHandler<RevokeRequest, RevokeResponse> {

  @Override
  public Operation operation() {
    return Operation.REVOKE;
  }

  @Override
  public Class<RevokeRequest> requestType() {
    return RevokeRequest.class;
  }

  @Override
  public RevokeResponse handle(RevokeRequest request, RequestContext context) throws KmipException {
    String id = context.uniqueIdentifier(request.uniqueIdentifier());
    context
        .keys()
        .revoke(
            context.caller(), id, request.revocationReason(), request.compromiseOccurrenceDate());
    return new RevokeResponse(id);
  }
}
