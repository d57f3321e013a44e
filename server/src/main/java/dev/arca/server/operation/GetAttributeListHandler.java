package dev.arca.server.operation;

import dev.arca.core.key.AttributeKey;
import dev.arca.core.key.ManagedObjectView;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.attribute.AttributeReference;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.payload.GetAttributeListRequest;
import dev.arca.kmip.payload.GetAttributeListResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Get Attribute List (KMIP 1.4 §4.13, KMIP 2.1 §6.1.21): which attributes the object has, each
 * named once: by Attribute Name in 1.x, by Attribute Reference in 2.x.
 */
public final class GetAttributeListHandler
    implements OperationHandler<GetAttributeListRequest, GetAttributeListResponse> {

  @Override
  public Operation operation() {
    return Operation.GET_ATTRIBUTE_LIST;
  }

  @Override
  public Class<GetAttributeListRequest> requestType() {
    return GetAttributeListRequest.class;
  }

  @Override
  public GetAttributeListResponse handle(GetAttributeListRequest request, RequestContext context)
      throws KmipException {
    String id = context.uniqueIdentifier(request.uniqueIdentifier());
    ManagedObjectView object = context.keys().get(context.caller(), id);
    List<String> names = new ArrayList<>();
    List<AttributeReference> references = new ArrayList<>();
    for (AttributeKey key : object.attributes().keys()) {
      if (AttributeViews.shown(key, context.version())) {
        names.add(key.v1Name());
        references.add(AttributeViews.reference(key));
      }
    }
    return context.version().isV2()
        ? GetAttributeListResponse.of(id, references)
        : GetAttributeListResponse.ofNames(id, names);
  }
}
