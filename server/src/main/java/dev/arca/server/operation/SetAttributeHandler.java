package dev.arca.server.operation;

import dev.arca.core.key.AttributeKey;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.payload.SetAttributeRequest;
import dev.arca.kmip.payload.SetAttributeResponse;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import java.util.Map;

/**
 * Set Attribute (KMIP 2.1 §6.1.51, new in 2.0): sets a single-valued attribute, adding it when the
 * object does not have it. KMIP 1.x has no such operation (Operation Not Supported).
 */
public final class SetAttributeHandler
    implements OperationHandler<SetAttributeRequest, SetAttributeResponse> {

  @Override
  public Operation operation() {
    return Operation.SET_ATTRIBUTE;
  }

  @Override
  public Class<SetAttributeRequest> requestType() {
    return SetAttributeRequest.class;
  }

  @Override
  public SetAttributeResponse handle(SetAttributeRequest request, RequestContext context)
      throws KmipException {
    if (!context.version().isV2()) {
      throw new KmipException(
          ResultReason.OPERATION_NOT_SUPPORTED, "Set Attribute is a KMIP 2.0 operation");
    }
    String id = context.uniqueIdentifier(request.uniqueIdentifier());
    Map.Entry<AttributeKey, Ttlv> set = AttributeViews.single(request.attribute());
    context.keys().setAttribute(context.caller(), id, set.getKey(), set.getValue());
    return new SetAttributeResponse(id);
  }
}
