package dev.arca.server.operation;

import dev.arca.core.key.AttributeSet;
import dev.arca.core.key.ManagedObjectView;
import dev.arca.core.key.RekeyRequest;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.UniqueIdentifier;
import dev.arca.kmip.payload.ReKeyRequest;
import dev.arca.kmip.payload.ReKeyResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;

/**
 * Re-key (KMIP 1.4 §4.4, KMIP 2.1 §6.1.46): the next version of a symmetric key, with new material
 * of the same algorithm and length and the attributes carried over; the new identifier becomes the
 * ID Placeholder. The Offset moves the new key's dates; it cannot come together with those dates
 * (1.4 Table 331: Invalid Message).
 */
public final class ReKeyHandler implements OperationHandler<ReKeyRequest, ReKeyResponse> {

  @Override
  public Operation operation() {
    return Operation.RE_KEY;
  }

  @Override
  public Class<ReKeyRequest> requestType() {
    return ReKeyRequest.class;
  }

  @Override
  public ReKeyResponse handle(ReKeyRequest request, RequestContext context) throws KmipException {
    String id = context.uniqueIdentifier(request.uniqueIdentifier());
    AttributeViews.checkStorage(
        request.protectionStorageMasks(), ResultReason.PROTECTION_STORAGE_UNAVAILABLE);
    AttributeSet attributes =
        AttributeViews.requested(request.templateAttribute(), request.attributes());
    RekeyRequest rekey = RekeyRequest.defaults().withAttributes(attributes);
    if (request.offset().isPresent()) {
      AttributeViews.checkNoDates(attributes);
      rekey = rekey.withOffset(request.offset().get());
    }
    ManagedObjectView next = context.keys().rekey(context.caller(), id, rekey);
    context.assigned(UniqueIdentifier.RE_KEY, next.id());
    return ReKeyResponse.of(next.id());
  }
}
