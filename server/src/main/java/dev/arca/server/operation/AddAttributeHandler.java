package dev.arca.server.operation;

import dev.arca.core.key.AttributeKey;
import dev.arca.core.key.ManagedObjectView;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.payload.AddAttributeRequest;
import dev.arca.kmip.payload.AddAttributeResponse;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import java.util.List;
import java.util.Map;

/**
 * Add Attribute (KMIP 1.4 §4.14, KMIP 2.1 §6.1.2): a new attribute, or a further value of a
 * multi-valued one. The server chooses the index: a 1.x request that gives one is refused (1.4
 * Table 341: Invalid Field), and the 1.x response returns the attribute with the index it got.
 */
public final class AddAttributeHandler
    implements OperationHandler<AddAttributeRequest, AddAttributeResponse> {

  @Override
  public Operation operation() {
    return Operation.ADD_ATTRIBUTE;
  }

  @Override
  public Class<AddAttributeRequest> requestType() {
    return AddAttributeRequest.class;
  }

  @Override
  public AddAttributeResponse handle(AddAttributeRequest request, RequestContext context)
      throws KmipException {
    String id = context.uniqueIdentifier(request.uniqueIdentifier());
    if (request.attribute().isPresent() && request.attribute().get().attributeIndex().isPresent()) {
      throw new KmipException(
          ResultReason.INVALID_FIELD, "the server assigns the Attribute Index of a new value");
    }
    Map.Entry<AttributeKey, Ttlv> added = AttributeViews.single(request.normalizedAttribute());
    ManagedObjectView object =
        context.keys().addAttribute(context.caller(), id, added.getKey(), added.getValue());
    if (context.version().isV2()) {
      return AddAttributeResponse.of(id);
    }
    List<Ttlv> values = object.attributes().all(added.getKey());
    int index = Math.max(0, values.lastIndexOf(added.getValue()));
    return AddAttributeResponse.of(id, AttributeViews.v1(added.getKey(), added.getValue(), index));
  }
}
