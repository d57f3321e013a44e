package dev.arca.server.operation;

import dev.arca.core.key.AttributeKey;
import dev.arca.core.key.ManagedObjectView;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.attribute.AttributeReference;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.payload.GetAttributesRequest;
import dev.arca.kmip.payload.GetAttributesResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Get Attributes (KMIP 1.4 §4.12, KMIP 2.1 §6.1.20): the attributes the request names, in the order
 * it names them, or every attribute when it names none. An attribute the object does not have is
 * left out; an attribute named twice is refused (1.4 Table 339: Invalid Message). KMIP 1.x gets
 * Attribute structures, 2.x an Attributes structure.
 */
public final class GetAttributesHandler
    implements OperationHandler<GetAttributesRequest, GetAttributesResponse> {

  @Override
  public Operation operation() {
    return Operation.GET_ATTRIBUTES;
  }

  @Override
  public Class<GetAttributesRequest> requestType() {
    return GetAttributesRequest.class;
  }

  @Override
  public GetAttributesResponse handle(GetAttributesRequest request, RequestContext context)
      throws KmipException {
    String id = context.uniqueIdentifier(request.uniqueIdentifier());
    ManagedObjectView object = context.keys().get(context.caller(), id);
    List<AttributeKey> wanted = new ArrayList<>();
    for (AttributeReference reference : request.normalizedReferences()) {
      AttributeKey key = AttributeViews.key(reference);
      if (wanted.contains(key)) {
        throw new KmipException(
            ResultReason.INVALID_MESSAGE, "the attribute " + key + " is asked for twice");
      }
      wanted.add(key);
    }
    if (wanted.isEmpty()) {
      wanted = object.attributes().keys();
    }
    if (context.version().isV2()) {
      return GetAttributesResponse.of(
          id, AttributeViews.v2(object.attributes(), wanted, context.version()));
    }
    return GetAttributesResponse.of(
        id, AttributeViews.v1(object.attributes(), wanted, context.version()));
  }
}
