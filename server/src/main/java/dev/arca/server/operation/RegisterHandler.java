package dev.arca.server.operation;

import dev.arca.core.key.AttributeKey;
import dev.arca.core.key.AttributeSet;
import dev.arca.core.key.KeyFormats;
import dev.arca.core.key.ManagedObjectView;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.UniqueIdentifier;
import dev.arca.kmip.object.Certificate;
import dev.arca.kmip.object.ManagedObject;
import dev.arca.kmip.payload.RegisterRequest;
import dev.arca.kmip.payload.RegisterResponse;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Register (KMIP 1.4 §4.3, KMIP 2.1 §6.1.43): stores an object the client supplies, with its
 * attributes; the caller becomes its owner and the new identifier the ID Placeholder. What the Key
 * Block says of the key (Key Format Type, Cryptographic Algorithm and Length) joins the client's
 * attributes and must agree with them ("Object Type does not match type of cryptographic object
 * provided", 1.4 Table 330: Invalid Field).
 */
public final class RegisterHandler implements OperationHandler<RegisterRequest, RegisterResponse> {

  @Override
  public Operation operation() {
    return Operation.REGISTER;
  }

  @Override
  public Class<RegisterRequest> requestType() {
    return RegisterRequest.class;
  }

  @Override
  public RegisterResponse handle(RegisterRequest request, RequestContext context)
      throws KmipException {
    AttributeViews.checkStorage(
        request.protectionStorageMasks(), ResultReason.PROTECTION_STORAGE_UNAVAILABLE);
    AttributeSet attributes =
        AttributeViews.requested(request.templateAttribute(), request.attributes());
    ManagedObject object = request.managedObject();
    attributes = withoutCertificateType(attributes, object);
    KeyFormats.Imported imported = KeyFormats.fromKmipObject(object);
    try {
      ManagedObjectView registered =
          context
              .keys()
              .register(
                  context.caller(),
                  request.objectType(),
                  withKeyBlock(attributes, imported.attributes()),
                  imported.material());
      context.assigned(UniqueIdentifier.REGISTER, registered.id());
      return RegisterResponse.of(registered.id());
    } finally {
      imported.material().destroy();
    }
  }

  /**
   * The client's attributes without the Certificate Type a certificate carries itself: the server
   * sets that attribute from the object (KMIP 2.1 §4.8, "Initially set by: Server"), so a client
   * that repeats it is not refused, and one that contradicts it is.
   */
  private static AttributeSet withoutCertificateType(AttributeSet client, ManagedObject object)
      throws KmipException {
    Optional<Ttlv> given = client.first(Tag.CERTIFICATE_TYPE);
    if (given.isEmpty() || !(object instanceof Certificate c)) {
      return client;
    }
    if (!given.get().equals(Ttlv.enumeration(Tag.CERTIFICATE_TYPE, c.certificateType().code()))) {
      throw new KmipException(
          ResultReason.INVALID_FIELD, "the Certificate Type disagrees with the certificate");
    }
    return client.toBuilder().remove(Tag.CERTIFICATE_TYPE).build();
  }

  /** The client's attributes with those the Key Block carries, which must not contradict them. */
  private static AttributeSet withKeyBlock(AttributeSet client, AttributeSet block)
      throws KmipException {
    AttributeSet.Builder out = client.toBuilder();
    for (Map.Entry<AttributeKey, List<Ttlv>> e : block.asMap().entrySet()) {
      List<Ttlv> given = client.all(e.getKey());
      if (given.isEmpty()) {
        out.set(e.getKey(), e.getValue().get(0));
      } else if (!given.equals(e.getValue())) {
        throw new KmipException(
            ResultReason.INVALID_FIELD,
            "the attribute " + e.getKey() + " disagrees with the Key Block of the object");
      }
    }
    return out.build();
  }
}
