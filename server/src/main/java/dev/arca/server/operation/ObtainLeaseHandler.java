package dev.arca.server.operation;

import dev.arca.core.key.Lease;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.payload.ObtainLeaseRequest;
import dev.arca.kmip.payload.ObtainLeaseResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;

/**
 * Obtain Lease (KMIP 1.4 §4.17, KMIP 2.1 §6.1.35): the Lease Time the client may use the object for
 * before asking again (zero: no limit), and the Last Change Date so that it can tell whether its
 * cached attributes are stale. No lease is issued for a destroyed or compromised object.
 */
public final class ObtainLeaseHandler
    implements OperationHandler<ObtainLeaseRequest, ObtainLeaseResponse> {

  @Override
  public Operation operation() {
    return Operation.OBTAIN_LEASE;
  }

  @Override
  public Class<ObtainLeaseRequest> requestType() {
    return ObtainLeaseRequest.class;
  }

  @Override
  public ObtainLeaseResponse handle(ObtainLeaseRequest request, RequestContext context)
      throws KmipException {
    String id = context.uniqueIdentifier(request.uniqueIdentifier());
    Lease lease = context.keys().obtainLease(context.caller(), id);
    return new ObtainLeaseResponse(id, lease.leaseTime(), lease.lastChangeDate());
  }
}
