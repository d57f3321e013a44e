package dev.arca.server.operation;

import dev.arca.core.key.ClearMaterial;
import dev.arca.core.key.KeyFormats;
import dev.arca.core.key.ManagedObjectView;
import dev.arca.core.key.MaterialUse;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.KeyCompressionType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.object.KeyWrappingSpecification;
import dev.arca.kmip.object.ManagedObject;
import dev.arca.kmip.payload.GetRequest;
import dev.arca.kmip.payload.GetResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Get (KMIP 1.4 §4.11, KMIP 2.1 §6.1.19): the object itself, in the Key Format Type asked for or
 * the one it was registered in, optionally wrapped under another managed key ({@link KeyWrapping}).
 *
 * <p>Refusals, before any key material is opened: a listener whose <em>allow key export</em> rule
 * is off lets no key material out (Permission Denied; certificates and certificate requests, which
 * hold no key of their own to protect, still leave); a Key Compression Type other than uncompressed
 * EC points (Key Compression Type Not Supported). The key service refuses a Sensitive object
 * (Sensitive) and one that is not Extractable (Not Extractable), KMIP 2.1 §4.55, §4.23; a destroyed
 * object has no key value (Object Destroyed in 2.x, Key Value Not Present in 1.x). Key Wrap Type As
 * Registered gives the key as stored, which is never wrapped.
 */
public final class GetHandler implements OperationHandler<GetRequest, GetResponse> {

  /** Objects that are not key material: a listener that forbids key export still serves them. */
  private static final Set<ObjectType> NOT_KEYS =
      EnumSet.of(ObjectType.CERTIFICATE, ObjectType.CERTIFICATE_REQUEST);

  @Override
  public Operation operation() {
    return Operation.GET;
  }

  @Override
  public Class<GetRequest> requestType() {
    return GetRequest.class;
  }

  @Override
  public GetResponse handle(GetRequest request, RequestContext context) throws KmipException {
    String id = context.uniqueIdentifier(request.uniqueIdentifier());
    ManagedObjectView view = context.keys().get(context.caller(), id);
    if (!context.keyExportAllowed() && !NOT_KEYS.contains(view.objectType())) {
      throw new KmipException(
          ResultReason.PERMISSION_DENIED,
          "the listener '"
              + context.connection().listener().name()
              + "' does not allow key export (its allow-key-export rule is off)");
    }
    if (context.version().isV2()
        && (view.state() == State.DESTROYED || view.state() == State.DESTROYED_COMPROMISED)) {
      // KMIP 2.1 Table 478: "Object exists, but has already been destroyed".
      throw new KmipException(ResultReason.OBJECT_DESTROYED, "the object is destroyed");
    }
    checkCompression(request.keyCompressionType(), view);
    Optional<KeyWrappingSpecification> wrapping = request.keyWrappingSpecification();
    if (wrapping.isPresent()) {
      KeyWrapping.checkSupported(wrapping.get());
    }
    ClearMaterial material = context.keys().openMaterial(context.caller(), id, MaterialUse.EXPORT);
    try {
      ManagedObject object = KeyFormats.toKmipObject(view, material, request.keyFormatType());
      if (wrapping.isPresent()) {
        object = new KeyWrapping(context).wrap(object, wrapping.get());
      }
      return GetResponse.of(id, object);
    } finally {
      material.destroy();
    }
  }

  /**
   * Arca gives elliptic curve points uncompressed and nothing else compressed (1.4 Table 338:
   * "cannot be provided in the desired … Key Compression Type").
   */
  private static void checkCompression(Optional<KeyCompressionType> asked, ManagedObjectView view)
      throws KmipException {
    if (asked.isEmpty()) {
      return;
    }
    boolean ec =
        (view.objectType() == ObjectType.PUBLIC_KEY || view.objectType() == ObjectType.PRIVATE_KEY)
            && view.attributes()
                .enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.class)
                .filter(
                    a ->
                        a == CryptographicAlgorithm.EC
                            || a == CryptographicAlgorithm.ECDSA
                            || a == CryptographicAlgorithm.ECDH
                            || a == CryptographicAlgorithm.ECMQV)
                .isPresent();
    if (!ec || asked.get() != KeyCompressionType.EC_PUBLIC_KEY_TYPE_UNCOMPRESSED) {
      throw new KmipException(
          ResultReason.KEY_COMPRESSION_TYPE_NOT_SUPPORTED,
          "this server gives uncompressed elliptic curve keys only");
    }
  }
}
