package dev.arca.server.operation;

import dev.arca.core.key.ManagedObjectView;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.UniqueIdentifier;
import dev.arca.kmip.payload.CreateRequest;
import dev.arca.kmip.payload.CreateResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;

/**
 * Create (KMIP 1.4 §4.1, KMIP 2.1 §6.1.8): the server generates a symmetric key (or, in 2.x, secret
 * data) with the attributes the client gives; the caller becomes its owner. The new identifier
 * becomes the ID Placeholder.
 */
public final class CreateHandler implements OperationHandler<CreateRequest, CreateResponse> {

  @Override
  public Operation operation() {
    return Operation.CREATE;
  }

  @Override
  public Class<CreateRequest> requestType() {
    return CreateRequest.class;
  }

  @Override
  public CreateResponse handle(CreateRequest request, RequestContext context) throws KmipException {
    AttributeViews.checkStorage(
        request.protectionStorageMasks(), ResultReason.PROTECTION_STORAGE_UNAVAILABLE);
    ManagedObjectView created =
        context
            .keys()
            .create(
                context.caller(),
                request.objectType(),
                AttributeViews.requested(request.templateAttribute(), request.attributes()));
    context.assigned(UniqueIdentifier.CREATE, created.id());
    return CreateResponse.of(request.objectType(), created.id());
  }
}
