package dev.arca.server.operation;

import dev.arca.core.key.CreatedKeyPair;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.UniqueIdentifier;
import dev.arca.kmip.payload.CreateKeyPairRequest;
import dev.arca.kmip.payload.CreateKeyPairResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;

/**
 * Create Key Pair (KMIP 1.4 §4.2, KMIP 2.1 §6.1.9): an RSA or EC key pair, each key linked to the
 * other. Attributes given for one key take precedence over the common ones. "The ID Placeholder
 * value SHALL be set to the Unique Identifier of the Private Key."
 */
public final class CreateKeyPairHandler
    implements OperationHandler<CreateKeyPairRequest, CreateKeyPairResponse> {

  @Override
  public Operation operation() {
    return Operation.CREATE_KEY_PAIR;
  }

  @Override
  public Class<CreateKeyPairRequest> requestType() {
    return CreateKeyPairRequest.class;
  }

  @Override
  public CreateKeyPairResponse handle(CreateKeyPairRequest request, RequestContext context)
      throws KmipException {
    AttributeViews.checkStorage(
        request.commonProtectionStorageMasks(), ResultReason.PROTECTION_STORAGE_UNAVAILABLE);
    AttributeViews.checkStorage(
        request.privateProtectionStorageMasks(),
        ResultReason.PRIVATE_PROTECTION_STORAGE_UNAVAILABLE);
    AttributeViews.checkStorage(
        request.publicProtectionStorageMasks(), ResultReason.PUBLIC_PROTECTION_STORAGE_UNAVAILABLE);
    CreatedKeyPair pair =
        context
            .keys()
            .createKeyPair(
                context.caller(),
                AttributeViews.requested(
                    request.commonTemplateAttribute(), request.commonAttributes()),
                AttributeViews.requested(
                    request.privateKeyTemplateAttribute(), request.privateKeyAttributes()),
                AttributeViews.requested(
                    request.publicKeyTemplateAttribute(), request.publicKeyAttributes()));
    String privateId = pair.privateKey().id();
    String publicId = pair.publicKey().id();
    context.assigned(UniqueIdentifier.CREATE_KEY_PAIR_PRIVATE_KEY, privateId);
    context.alsoAssigned(UniqueIdentifier.CREATE_KEY_PAIR_PUBLIC_KEY, publicId);
    return CreateKeyPairResponse.of(privateId, publicId);
  }
}
