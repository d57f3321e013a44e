package dev.arca.server.operation;

import dev.arca.core.access.Permission;
import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.PrivateKeyMaterial;
import dev.arca.core.crypto.PublicKeyMaterial;
import dev.arca.core.crypto.SecretKeyMaterial;
import dev.arca.core.crypto.SymmetricAlgorithm;
import dev.arca.core.key.ClearMaterial;
import dev.arca.core.key.ManagedObjectView;
import dev.arca.core.key.MaterialUse;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.attribute.UsageLimits;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.Data;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.UsageLimitsUnit;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.dispatch.RequestContext;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The key a cryptographic operation names: found and checked for the operation — object type and
 * Cryptographic Usage Mask (KMIP 2.1 §4.17 Table 495) — before its material is opened, and opened
 * as the boundary's key handle. The lifecycle and the caller's permission to use the key are the
 * key service's to check when the material is opened.
 */
final class CryptoKeys {

  /** What an operation needs of its key. */
  enum Use {
    ENCRYPT(
        "Encrypt",
        CryptographicUsageMask.ENCRYPT,
        MaterialUse.PROTECT,
        Permission.USE,
        EnumSet.of(ObjectType.SYMMETRIC_KEY, ObjectType.PUBLIC_KEY)),
    DECRYPT(
        "Decrypt",
        CryptographicUsageMask.DECRYPT,
        MaterialUse.PROCESS,
        Permission.USE,
        EnumSet.of(ObjectType.SYMMETRIC_KEY, ObjectType.PRIVATE_KEY)),
    SIGN(
        "Sign",
        CryptographicUsageMask.SIGN,
        MaterialUse.PROTECT,
        Permission.SIGN,
        EnumSet.of(ObjectType.PRIVATE_KEY)),
    VERIFY(
        "Signature Verify",
        CryptographicUsageMask.VERIFY,
        MaterialUse.PROCESS,
        Permission.SIGN,
        EnumSet.of(ObjectType.PUBLIC_KEY, ObjectType.CERTIFICATE)),
    MAC(
        "MAC",
        CryptographicUsageMask.MAC_GENERATE,
        MaterialUse.PROTECT,
        Permission.MAC,
        EnumSet.of(ObjectType.SYMMETRIC_KEY)),
    MAC_VERIFY(
        "MAC Verify",
        CryptographicUsageMask.MAC_VERIFY,
        MaterialUse.PROCESS,
        Permission.MAC,
        EnumSet.of(ObjectType.SYMMETRIC_KEY));

    private final String operation;
    private final CryptographicUsageMask bit;
    private final MaterialUse materialUse;
    private final Permission permission;
    private final Set<ObjectType> types;

    Use(
        String operation,
        CryptographicUsageMask bit,
        MaterialUse materialUse,
        Permission permission,
        Set<ObjectType> types) {
      this.operation = operation;
      this.bit = bit;
      this.materialUse = materialUse;
      this.permission = permission;
      this.types = types;
    }

    MaterialUse materialUse() {
      return materialUse;
    }

    /** The permission a caller needs on the key: a sharing group may grant MAC without signing. */
    Permission permission() {
      return permission;
    }
  }

  private CryptoKeys() {}

  /**
   * The key {@code id} as the caller sees it, checked for {@code use}.
   *
   * @throws KmipException Item Not Found for a missing or hidden object; Invalid Object Type for an
   *     object that cannot serve {@code use}; Incompatible Cryptographic Usage Mask when the mask
   *     lacks the operation's bit (KMIP 2.1 §6.1.17.1 and its siblings)
   */
  static ManagedObjectView find(RequestContext context, String id, Use use) throws KmipException {
    ManagedObjectView key = context.keys().get(context.caller(), id);
    if (!use.types.contains(key.objectType())) {
      throw new KmipException(
          ResultReason.INVALID_OBJECT_TYPE,
          "a " + key.objectType().specName() + " cannot be used for " + use.operation);
    }
    int mask = key.attributes().integer(Tag.CRYPTOGRAPHIC_USAGE_MASK).orElse(0);
    int allowed = use.bit.code() | CryptographicUsageMask.UNRESTRICTED.code();
    if ((mask & allowed) == 0) {
      throw new KmipException(
          ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK,
          "the key's Cryptographic Usage Mask does not allow " + use.bit.specName());
    }
    return key;
  }

  /**
   * The key of an open multi-part operation, found and checked again for this part. A part that
   * names a key names the one the operation began with. A failure here ends the stream.
   */
  static ManagedObjectView ofStream(
      CryptoStreams streams,
      CryptoStreams.Stream stream,
      Optional<UniqueIdentifierValue> named,
      RequestContext context,
      Use use)
      throws KmipException {
    try {
      String id = stream.keyId().orElseThrow();
      Optional<String> text = named.flatMap(UniqueIdentifierValue::text);
      if (text.isPresent() && !text.get().equals(id)) {
        throw new KmipException(
            ResultReason.INVALID_FIELD,
            "the Unique Identifier is not the key this multi-part operation began with");
      }
      context.touched(id);
      return find(context, id, use);
    } catch (KmipException | RuntimeException e) {
      streams.end(stream);
      throw e;
    }
  }

  /** The key's Cryptographic Algorithm, which every cryptographic key has (KMIP 2.1 §4.13). */
  static CryptographicAlgorithm algorithm(ManagedObjectView key) throws KmipException {
    return key.object()
        .algorithm()
        .orElseThrow(
            () ->
                new KmipException(
                    ResultReason.INVALID_FIELD, "the key has no Cryptographic Algorithm"));
  }

  /**
   * Takes an allocation from the key's Usage Limits before it applies protection (KMIP 2.1 §6.1.17,
   * §6.1.55: "If the allocation is unable to be obtained the operation SHALL return ... Permission
   * Denied"). Keys without Usage Limits cost nothing here.
   *
   * @param bytes the length of the data to protect, for a limit counted in bytes
   */
  static void allocate(RequestContext context, ManagedObjectView key, long bytes)
      throws KmipException {
    Optional<Ttlv> limits = key.attributes().first(Tag.USAGE_LIMITS);
    if (limits.isEmpty()) {
      return;
    }
    UsageLimits l = TtlvBinder.decode(UsageLimits.class, limits.get());
    long units = l.usageLimitsUnit() == UsageLimitsUnit.BYTE ? bytes : 1;
    if (units == 0) {
      return;
    }
    try {
      context.keys().getUsageAllocation(context.caller(), key.id(), units);
    } catch (KmipException e) {
      if (e.reason() == ResultReason.USAGE_LIMIT_EXCEEDED) {
        throw new KmipException(
            ResultReason.PERMISSION_DENIED, "the key's Usage Limits are exhausted", e);
      }
      throw e;
    }
  }

  /** The material of a symmetric key as a boundary handle for {@code as}; destroy it after use. */
  static SecretKeyMaterial secret(RequestContext context, String id, Use use, SymmetricAlgorithm as)
      throws KmipException {
    ClearMaterial clear =
        context.keys().openMaterial(context.caller(), id, use.materialUse(), use.permission());
    byte[] bytes = clear.bytes();
    try {
      return SecretKeyMaterial.of(as, bytes);
    } catch (CryptoException e) {
      throw CryptoFailures.toKmip(e);
    } finally {
      Arrays.fill(bytes, (byte) 0);
      clear.destroy();
    }
  }

  /** The material of a private key (PKCS#8) as a boundary handle; destroy it after use. */
  static PrivateKeyMaterial privateKey(RequestContext context, String id, Use use)
      throws KmipException {
    ClearMaterial clear =
        context.keys().openMaterial(context.caller(), id, use.materialUse(), use.permission());
    byte[] bytes = clear.bytes();
    try {
      return PrivateKeyMaterial.fromPkcs8(bytes);
    } catch (CryptoException e) {
      throw CryptoFailures.toKmip(e);
    } finally {
      Arrays.fill(bytes, (byte) 0);
      clear.destroy();
    }
  }

  /**
   * The public key of a Public Key (SubjectPublicKeyInfo) or of a Certificate (the key it
   * certifies, RFC 5280 §4.1.2.7).
   */
  static PublicKeyMaterial publicKey(RequestContext context, ManagedObjectView key, Use use)
      throws KmipException {
    ClearMaterial clear =
        context
            .keys()
            .openMaterial(context.caller(), key.id(), use.materialUse(), use.permission());
    try {
      byte[] spki = clear.bytes();
      if (key.objectType() == ObjectType.CERTIFICATE) {
        spki = certifiedKey(spki);
      }
      return PublicKeyMaterial.fromSpki(spki);
    } catch (CryptoException e) {
      throw CryptoFailures.toKmip(e);
    } finally {
      clear.destroy();
    }
  }

  private static byte[] certifiedKey(byte[] der) throws KmipException {
    try {
      return CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(der))
          .getPublicKey()
          .getEncoded();
    } catch (CertificateException e) {
      throw new KmipException(
          ResultReason.CRYPTOGRAPHIC_FAILURE, "the stored certificate does not parse");
    }
  }

  /**
   * The bytes of a request's Data. KMIP 2.x also lets Data name the result of an earlier batch item
   * (KMIP 2.1 §7.9); that form is refused, as the server does not keep batch results.
   */
  static Optional<byte[]> data(
      Optional<byte[]> bytes, Optional<Data> reference, Optional<Integer> index)
      throws KmipException {
    if (reference.isPresent() || index.isPresent()) {
      throw new KmipException(
          ResultReason.FEATURE_NOT_SUPPORTED,
          "Data that refers to an earlier batch item's result is not supported; send the bytes");
    }
    return bytes;
  }

  /** Data that a single-part request must carry. */
  static byte[] required(Optional<byte[]> data, String field) throws KmipException {
    return data.orElseThrow(
        () ->
            new KmipException(
                ResultReason.INVALID_FIELD, field + " is required for a single-part operation"));
  }
}
