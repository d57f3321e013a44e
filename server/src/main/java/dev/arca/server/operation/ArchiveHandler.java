package dev.arca.server.operation;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.payload.ArchiveRequest;
import dev.arca.kmip.payload.ArchiveResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;

/**
 * Archive (KMIP 1.4 §4.22, KMIP 2.1 §6.1.4): the key material moves to archival storage; the object
 * refuses every use until it is recovered.
 */
public final class ArchiveHandler implements OperationHandler<ArchiveRequest, ArchiveResponse> {

  @Override
  public Operation operation() {
    return Operation.ARCHIVE;
  }

  @Override
  public Class<ArchiveRequest> requestType() {
    return ArchiveRequest.class;
  }

  @Override
  public ArchiveResponse handle(ArchiveRequest request, RequestContext context)
      throws KmipException {
    String id = context.uniqueIdentifier(request.uniqueIdentifier());
    context.keys().archive(context.caller(), id);
    return new ArchiveResponse(id);
  }
}
