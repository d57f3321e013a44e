package dev.arca.server.operation;

import dev.arca.core.key.AttributeSet;
import dev.arca.core.key.CreatedKeyPair;
import dev.arca.core.key.OldVersion;
import dev.arca.core.key.RekeyRequest;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.UniqueIdentifier;
import dev.arca.kmip.payload.ReKeyKeyPairRequest;
import dev.arca.kmip.payload.ReKeyKeyPairResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;

/**
 * Re-key Key Pair (KMIP 1.4 §4.5, KMIP 2.1 §6.1.47): the next version of a private key and its
 * public key, linked to each other and to the keys they replace. The new private key's identifier
 * becomes the ID Placeholder.
 */
public final class ReKeyKeyPairHandler
    implements OperationHandler<ReKeyKeyPairRequest, ReKeyKeyPairResponse> {

  @Override
  public Operation operation() {
    return Operation.RE_KEY_KEY_PAIR;
  }

  @Override
  public Class<ReKeyKeyPairRequest> requestType() {
    return ReKeyKeyPairRequest.class;
  }

  @Override
  public ReKeyKeyPairResponse handle(ReKeyKeyPairRequest request, RequestContext context)
      throws KmipException {
    String id = context.uniqueIdentifier(request.privateKeyUniqueIdentifier());
    AttributeViews.checkStorage(
        request.commonProtectionStorageMasks(), ResultReason.PROTECTION_STORAGE_UNAVAILABLE);
    AttributeViews.checkStorage(
        request.privateProtectionStorageMasks(),
        ResultReason.PRIVATE_PROTECTION_STORAGE_UNAVAILABLE);
    AttributeViews.checkStorage(
        request.publicProtectionStorageMasks(), ResultReason.PUBLIC_PROTECTION_STORAGE_UNAVAILABLE);
    AttributeSet common =
        AttributeViews.requested(request.commonTemplateAttribute(), request.commonAttributes());
    AttributeSet priv =
        AttributeViews.requested(
            request.privateKeyTemplateAttribute(), request.privateKeyAttributes());
    AttributeSet pub =
        AttributeViews.requested(
            request.publicKeyTemplateAttribute(), request.publicKeyAttributes());
    if (request.offset().isPresent()) {
      AttributeViews.checkNoDates(common);
      AttributeViews.checkNoDates(priv);
      AttributeViews.checkNoDates(pub);
    }
    RekeyRequest rekey =
        new RekeyRequest(request.offset(), common, priv, pub, OldVersion.serverDefault());
    CreatedKeyPair pair = context.keys().rekeyKeyPair(context.caller(), id, rekey);
    String privateId = pair.privateKey().id();
    String publicId = pair.publicKey().id();
    context.assigned(UniqueIdentifier.RE_KEY_KEY_PAIR_PRIVATE_KEY, privateId);
    context.alsoAssigned(UniqueIdentifier.RE_KEY_KEY_PAIR_PUBLIC_KEY, publicId);
    return ReKeyKeyPairResponse.of(privateId, publicId);
  }
}
