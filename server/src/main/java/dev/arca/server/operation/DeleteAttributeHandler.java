package dev.arca.server.operation;

import dev.arca.core.key.AttributeInstance;
import dev.arca.core.key.AttributeKey;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.attribute.Attribute;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.payload.DeleteAttributeRequest;
import dev.arca.kmip.payload.DeleteAttributeResponse;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import java.util.List;
import java.util.Map;

/**
 * Delete Attribute (KMIP 1.4 §4.16, KMIP 2.1 §6.1.13). KMIP 1.x names the value by Attribute Name
 * and Index (0 when absent) and gets the deleted attribute back; KMIP 2.x names it by its Current
 * Attribute, or deletes every value of the attribute an Attribute Reference names.
 */
public final class DeleteAttributeHandler
    implements OperationHandler<DeleteAttributeRequest, DeleteAttributeResponse> {

  @Override
  public Operation operation() {
    return Operation.DELETE_ATTRIBUTE;
  }

  @Override
  public Class<DeleteAttributeRequest> requestType() {
    return DeleteAttributeRequest.class;
  }

  @Override
  public DeleteAttributeResponse handle(DeleteAttributeRequest request, RequestContext context)
      throws KmipException {
    String id = context.uniqueIdentifier(request.uniqueIdentifier());
    if (request.attributeName().isPresent()) {
      AttributeKey key = AttributeViews.key(request.attributeName().get());
      int index = request.attributeIndex().orElse(0);
      List<Ttlv> before = context.keys().get(context.caller(), id).attributes().all(key);
      if (index >= before.size()) {
        throw new KmipException(
            before.isEmpty()
                ? ResultReason.ATTRIBUTE_NOT_FOUND
                : ResultReason.ATTRIBUTE_INSTANCE_NOT_FOUND,
            "the object has no " + key + " at index " + index);
      }
      context.keys().deleteAttribute(context.caller(), id, key, AttributeInstance.index(index));
      Attribute deleted = AttributeViews.v1(key, before.get(index), request.attributeIndex());
      return context.version().isV2()
          ? DeleteAttributeResponse.of(id)
          : DeleteAttributeResponse.of(id, deleted);
    }
    if (request.currentAttribute().isPresent()) {
      Map.Entry<AttributeKey, Ttlv> current =
          AttributeViews.single(request.currentAttribute().get().single());
      context
          .keys()
          .deleteAttribute(
              context.caller(), id, current.getKey(), AttributeInstance.value(current.getValue()));
    } else {
      AttributeKey key = AttributeViews.key(request.attributeReference().get());
      context.keys().deleteAttribute(context.caller(), id, key, AttributeInstance.all());
    }
    return DeleteAttributeResponse.of(id);
  }
}
