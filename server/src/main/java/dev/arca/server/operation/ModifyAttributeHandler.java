package dev.arca.server.operation;

import dev.arca.core.key.AttributeInstance;
import dev.arca.core.key.AttributeKey;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.attribute.Attribute;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.payload.ModifyAttributeRequest;
import dev.arca.kmip.payload.ModifyAttributeResponse;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import java.util.Map;

/**
 * Modify Attribute (KMIP 1.4 §4.15, KMIP 2.1 §6.1.34): a new value for an existing attribute. KMIP
 * 1.x names the value by its Attribute Index (0 when absent) and gets the attribute back with its
 * new value, and with the index when it sent one; KMIP 2.x names it by its Current Attribute, or
 * means the only value.
 */
public final class ModifyAttributeHandler
    implements OperationHandler<ModifyAttributeRequest, ModifyAttributeResponse> {

  @Override
  public Operation operation() {
    return Operation.MODIFY_ATTRIBUTE;
  }

  @Override
  public Class<ModifyAttributeRequest> requestType() {
    return ModifyAttributeRequest.class;
  }

  @Override
  public ModifyAttributeResponse handle(ModifyAttributeRequest request, RequestContext context)
      throws KmipException {
    String id = context.uniqueIdentifier(request.uniqueIdentifier());
    Map.Entry<AttributeKey, Ttlv> changed = AttributeViews.single(request.normalizedNewAttribute());
    AttributeInstance which;
    if (request.attribute().isPresent()) {
      which = AttributeInstance.index(request.attribute().get().index());
    } else if (request.currentAttribute().isPresent()) {
      Map.Entry<AttributeKey, Ttlv> current =
          AttributeViews.single(request.currentAttribute().get().single());
      if (!current.getKey().equals(changed.getKey())) {
        throw new KmipException(
            ResultReason.INVALID_FIELD,
            "Current Attribute and New Attribute name different attributes");
      }
      which = AttributeInstance.value(current.getValue());
    } else {
      which = AttributeInstance.only();
    }
    context
        .keys()
        .modifyAttribute(context.caller(), id, changed.getKey(), which, changed.getValue());
    if (context.version().isV2()) {
      return ModifyAttributeResponse.of(id);
    }
    return ModifyAttributeResponse.of(
        id,
        AttributeViews.v1(
            changed.getKey(),
            changed.getValue(),
            request.attribute().flatMap(Attribute::attributeIndex)));
  }
}
