package dev.arca.server.operation;

import dev.arca.core.crypto.CipherSpec;
import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.Derivation;
import dev.arca.core.crypto.MacAlgorithm;
import dev.arca.core.crypto.Padding;
import dev.arca.core.crypto.SecretKeyMaterial;
import dev.arca.core.crypto.SymmetricAlgorithm;
import dev.arca.core.key.AttributeKey;
import dev.arca.core.key.AttributeSet;
import dev.arca.core.key.ClearMaterial;
import dev.arca.core.key.FipsObjects;
import dev.arca.core.key.ManagedObjectView;
import dev.arca.core.key.MaterialUse;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.attribute.Link;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.BlockCipherMode;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.DerivationMethod;
import dev.arca.kmip.enums.HashingAlgorithm;
import dev.arca.kmip.enums.LinkType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.PaddingMethod;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.SecretDataType;
import dev.arca.kmip.enums.UniqueIdentifier;
import dev.arca.kmip.payload.DeriveKeyRequest;
import dev.arca.kmip.payload.DeriveKeyResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Derive Key (KMIP 1.4 §4.6, KMIP 2.1 §6.1.14): a symmetric key or secret data derived from a key
 * or secret data the server holds, registered as a new object; its identifier becomes the ID
 * Placeholder. The base object must allow Derive Key in its Cryptographic Usage Mask and be Active;
 * the client names the new object's Cryptographic Length (and, for a key, its algorithm). The new
 * object links to its base (Derivation Base Object Link) and the base to it (Derived Key Link).
 *
 * <p>Methods (2.1 §7.12): PBKDF2 (Salt and Iteration Count, PRF HMAC with the hash of the
 * Cryptographic Parameters, SHA-256 by default), HMAC (the base key's HMAC over the Derivation
 * Data), NIST SP 800-108 counter mode (PRF an HMAC or AES-CMAC; the Derivation Data is the fixed
 * input), and Encrypt (the Derivation Data encrypted with the base key in ECB or CBC). The
 * Derivation Data may come from a second object, a Secret Data, instead of the request, not both
 * (Invalid Message). Other methods are refused (Feature Not Supported).
 */
public final class DeriveKeyHandler
    implements OperationHandler<DeriveKeyRequest, DeriveKeyResponse> {

  @Override
  public Operation operation() {
    return Operation.DERIVE_KEY;
  }

  @Override
  public Class<DeriveKeyRequest> requestType() {
    return DeriveKeyRequest.class;
  }

  @Override
  public DeriveKeyResponse handle(DeriveKeyRequest request, RequestContext context)
      throws KmipException {
    ObjectType type = request.objectType();
    if (type != ObjectType.SYMMETRIC_KEY && type != ObjectType.SECRET_DATA) {
      throw new KmipException(
          ResultReason.INVALID_OBJECT_TYPE,
          "Derive Key makes a Symmetric Key or Secret Data, not a " + type.specName());
    }
    List<String> sources = sources(request.uniqueIdentifiers(), context);
    AttributeSet attributes =
        AttributeViews.requested(request.templateAttribute(), request.attributes());
    int bits =
        attributes
            .integer(Tag.CRYPTOGRAPHIC_LENGTH)
            .orElseThrow(
                () ->
                    new KmipException(
                        ResultReason.INVALID_FIELD,
                        "the Cryptographic Length of the derived object is required"));
    SymmetricAlgorithm result = resultAlgorithm(type, attributes);

    DeriveKeyRequest.DerivationParameters p = request.derivationParameters();
    byte[] data = derivationData(p, sources, context);
    byte[] derived = null;
    try {
      derived = derive(request.derivationMethod(), p, data, sources.get(0), result, bits, context);
      ClearMaterial material =
          type == ObjectType.SYMMETRIC_KEY
              ? ClearMaterial.raw(derived)
              : ClearMaterial.secretData(SecretDataType.SEED.code(), derived);
      AttributeSet.Builder withLinks = attributes.toBuilder();
      for (String source : sources) {
        withLinks.add(
            AttributeKey.of(Tag.LINK),
            TtlvBinder.encode(Tag.LINK, Link.of(LinkType.DERIVATION_BASE_OBJECT_LINK, source)));
      }
      ManagedObjectView created;
      try {
        created = context.keys().register(context.caller(), type, withLinks.build(), material);
      } finally {
        material.destroy();
      }
      for (String source : sources) {
        context
            .keys()
            .addAttribute(
                context.caller(),
                source,
                AttributeKey.of(Tag.LINK),
                TtlvBinder.encode(Tag.LINK, Link.of(LinkType.DERIVED_KEY_LINK, created.id())));
      }
      context.assigned(UniqueIdentifier.DERIVE_KEY, created.id());
      return DeriveKeyResponse.of(created.id());
    } finally {
      Arrays.fill(data, (byte) 0);
      if (derived != null) {
        Arrays.fill(derived, (byte) 0);
      }
    }
  }

  /** The objects to derive from; the ID Placeholder "SHALL NOT be used" here (2.1 Table 205). */
  private static List<String> sources(List<UniqueIdentifierValue> ids, RequestContext context)
      throws KmipException {
    if (ids.size() > 2) {
      throw new KmipException(
          ResultReason.FEATURE_NOT_SUPPORTED,
          "derivation from a key and at most one Secret Data object is supported");
    }
    List<String> out = new ArrayList<>();
    for (UniqueIdentifierValue v : ids) {
      if (v.reference().filter(UniqueIdentifier.ID_PLACEHOLDER::equals).isPresent()) {
        throw new KmipException(
            ResultReason.INVALID_FIELD, "Derive Key does not take the ID Placeholder");
      }
      out.add(context.uniqueIdentifier(Optional.of(v)));
    }
    return out;
  }

  private static SymmetricAlgorithm resultAlgorithm(ObjectType type, AttributeSet attributes)
      throws KmipException {
    if (type == ObjectType.SECRET_DATA) {
      return SymmetricAlgorithm.SECRET;
    }
    CryptographicAlgorithm algorithm =
        attributes
            .enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.class)
            .orElseThrow(
                () ->
                    new KmipException(
                        ResultReason.INVALID_FIELD,
                        "the Cryptographic Algorithm of the derived key is required"));
    return BoundaryTerms.symmetric(algorithm)
        .orElseThrow(
            () ->
                new KmipException(
                    ResultReason.INVALID_FIELD,
                    "cannot derive a " + algorithm.specName() + " key"));
  }

  /** The request's Derivation Data, or the value of the second object, a Secret Data. */
  private static byte[] derivationData(
      DeriveKeyRequest.DerivationParameters p, List<String> sources, RequestContext context)
      throws KmipException {
    if (sources.size() == 2) {
      if (!p.derivationData().isEmpty()) {
        throw new KmipException(
            ResultReason.INVALID_MESSAGE,
            "Derivation Data comes from the request or from a Secret Data object, not both");
      }
      ManagedObjectView second = context.keys().get(context.caller(), sources.get(1));
      if (second.objectType() != ObjectType.SECRET_DATA) {
        throw new KmipException(
            ResultReason.INVALID_OBJECT_TYPE,
            "the second object of a Derive Key must be Secret Data holding the Derivation Data");
      }
      ClearMaterial m =
          context.keys().openMaterial(context.caller(), second.id(), MaterialUse.PROTECT);
      try {
        return m.bytes();
      } finally {
        m.destroy();
      }
    }
    int length = 0;
    for (byte[] d : p.derivationData()) {
      length += d.length;
    }
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] d : p.derivationData()) {
      System.arraycopy(d, 0, out, at, d.length);
      at += d.length;
    }
    return out;
  }

  private static byte[] derive(
      DerivationMethod method,
      DeriveKeyRequest.DerivationParameters p,
      byte[] data,
      String baseId,
      SymmetricAlgorithm result,
      int bits,
      RequestContext context)
      throws KmipException {
    ManagedObjectView base = context.keys().get(context.caller(), baseId);
    if (base.objectType() != ObjectType.SYMMETRIC_KEY
        && base.objectType() != ObjectType.SECRET_DATA) {
      throw new KmipException(
          ResultReason.INVALID_OBJECT_TYPE,
          "keys are derived from a Symmetric Key or Secret Data, not a "
              + base.objectType().specName());
    }
    int mask = base.attributes().integer(Tag.CRYPTOGRAPHIC_USAGE_MASK).orElse(0);
    if ((mask & CryptographicUsageMask.DERIVE_KEY.code()) == 0) {
      throw new KmipException(
          ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK,
          "the base object's Cryptographic Usage Mask does not allow Derive Key");
    }
    if (context.crypto().fipsMode()) {
      FipsObjects.checkUsable(base, "Derive Key");
    }
    Optional<CryptographicParameters> parameters = p.cryptographicParameters();
    SymmetricAlgorithm baseAlgorithm =
        base.objectType() == ObjectType.SECRET_DATA
            ? SymmetricAlgorithm.SECRET
            : base.attributes()
                .enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.class)
                .flatMap(BoundaryTerms::symmetric)
                .orElse(SymmetricAlgorithm.SECRET);
    ClearMaterial material =
        context.keys().openMaterial(context.caller(), baseId, MaterialUse.PROTECT);
    byte[] bytes = material.bytes();
    SecretKeyMaterial key = null;
    SecretKeyMaterial out = null;
    try {
      key = SecretKeyMaterial.of(baseAlgorithm, bytes);
      switch (method) {
        case PBKDF2:
          out = context.crypto().derive(key, pbkdf2(p), result, bits);
          break;
        case HMAC:
          out = context.crypto().derive(key, hmac(baseAlgorithm, parameters, data), result, bits);
          break;
        case NIST800_108_C:
          out =
              context
                  .crypto()
                  .derive(
                      key,
                      new Derivation.CounterMode(prf(baseAlgorithm, parameters), data),
                      result,
                      bits);
          break;
        case ENCRYPT:
          return encrypt(key, parameters, p.initializationVector(), data, bits, context);
        default:
          throw new KmipException(
              ResultReason.FEATURE_NOT_SUPPORTED,
              "the Derivation Method " + method.specName() + " is not supported");
      }
      return out.encoded();
    } catch (CryptoException e) {
      throw BoundaryTerms.failure(e, method.specName() + " derivation");
    } catch (IllegalArgumentException e) {
      throw new KmipException(ResultReason.INVALID_FIELD, e.getMessage());
    } finally {
      Arrays.fill(bytes, (byte) 0);
      material.destroy();
      if (key != null) {
        key.destroy();
      }
      if (out != null) {
        out.destroy();
      }
    }
  }

  private static Derivation pbkdf2(DeriveKeyRequest.DerivationParameters p) throws KmipException {
    if (p.salt().isEmpty() || p.iterationCount().isEmpty()) {
      throw new KmipException(
          ResultReason.INVALID_FIELD, "PBKDF2 needs a Salt and an Iteration Count");
    }
    HashingAlgorithm hash =
        p.cryptographicParameters()
            .flatMap(CryptographicParameters::hashingAlgorithm)
            .orElse(HashingAlgorithm.SHA_256);
    return new Derivation.Pbkdf2(
        BoundaryTerms.digest(hash), p.salt().get(), p.iterationCount().get());
  }

  /**
   * HMAC derivation: "the attributes of the derivation key provide enough information about the
   * PRF".
   */
  private static Derivation hmac(
      SymmetricAlgorithm base, Optional<CryptographicParameters> parameters, byte[] data)
      throws KmipException {
    MacAlgorithm mac = hmacOf(base, parameters);
    return new Derivation.Hmac(BoundaryTerms.digest(hashOf(mac)), data);
  }

  /** The PRF of a counter-mode KDF: the base key's HMAC, or AES-CMAC for an AES key. */
  private static MacAlgorithm prf(SymmetricAlgorithm base, Optional<CryptographicParameters> p)
      throws KmipException {
    if (base == SymmetricAlgorithm.AES) {
      return MacAlgorithm.AES_CMAC;
    }
    return hmacOf(base, p);
  }

  private static MacAlgorithm hmacOf(SymmetricAlgorithm base, Optional<CryptographicParameters> p)
      throws KmipException {
    switch (base) {
      case HMAC_SHA1:
        return MacAlgorithm.HMAC_SHA1;
      case HMAC_SHA224:
        return MacAlgorithm.HMAC_SHA224;
      case HMAC_SHA256:
        return MacAlgorithm.HMAC_SHA256;
      case HMAC_SHA384:
        return MacAlgorithm.HMAC_SHA384;
      case HMAC_SHA512:
        return MacAlgorithm.HMAC_SHA512;
      default:
        break;
    }
    HashingAlgorithm hash =
        p.flatMap(CryptographicParameters::hashingAlgorithm)
            .orElseThrow(
                () ->
                    new KmipException(
                        ResultReason.INVALID_FIELD,
                        "name the HMAC's hash in the Cryptographic Parameters"));
    switch (hash) {
      case SHA_1:
        return MacAlgorithm.HMAC_SHA1;
      case SHA_224:
        return MacAlgorithm.HMAC_SHA224;
      case SHA_256:
        return MacAlgorithm.HMAC_SHA256;
      case SHA_384:
        return MacAlgorithm.HMAC_SHA384;
      case SHA_512:
        return MacAlgorithm.HMAC_SHA512;
      default:
        throw new KmipException(
            ResultReason.INVALID_FIELD, "no HMAC with " + hash.specName() + " is supported");
    }
  }

  private static HashingAlgorithm hashOf(MacAlgorithm mac) {
    switch (mac) {
      case HMAC_SHA1:
        return HashingAlgorithm.SHA_1;
      case HMAC_SHA224:
        return HashingAlgorithm.SHA_224;
      case HMAC_SHA384:
        return HashingAlgorithm.SHA_384;
      case HMAC_SHA512:
        return HashingAlgorithm.SHA_512;
      default:
        return HashingAlgorithm.SHA_256;
    }
  }

  /**
   * Encrypt derivation: the Derivation Data encrypted with the base key, the first {@code bits} of
   * the ciphertext ("If the specified length exceeds the output of the derivation method, then the
   * server SHALL return an error", Cryptographic Failure).
   */
  private static byte[] encrypt(
      SecretKeyMaterial key,
      Optional<CryptographicParameters> parameters,
      Optional<byte[]> iv,
      byte[] data,
      int bits,
      RequestContext context)
      throws KmipException, CryptoException {
    CryptographicParameters p = parameters.orElse(CryptographicParameters.empty());
    BlockCipherMode mode =
        p.blockCipherMode()
            .orElseThrow(
                () ->
                    new KmipException(
                        ResultReason.INVALID_FIELD,
                        "Encrypt derivation needs the Block Cipher Mode"));
    Padding padding =
        p.paddingMethod().filter(PaddingMethod.PKCS5::equals).isPresent()
            ? Padding.PKCS5
            : Padding.NONE;
    CipherSpec spec;
    if (mode == BlockCipherMode.ECB) {
      spec = CipherSpec.ecb(padding);
    } else if (mode == BlockCipherMode.CBC) {
      // "an empty IV is assumed if not provided": all zero bytes, one block.
      spec = CipherSpec.cbc(padding, iv.filter(v -> v.length > 0).orElse(new byte[16]));
    } else {
      throw new KmipException(
          ResultReason.FEATURE_NOT_SUPPORTED,
          "Encrypt derivation supports ECB and CBC, not " + mode.specName());
    }
    byte[] ciphertext = context.crypto().encrypt(key, spec, data).ciphertext();
    try {
      if (bits % 8 != 0 || bits / 8 > ciphertext.length) {
        throw new KmipException(
            ResultReason.CRYPTOGRAPHIC_FAILURE,
            "the Cryptographic Length exceeds the " + ciphertext.length * 8 + " bits derived");
      }
      return Arrays.copyOf(ciphertext, bits / 8);
    } finally {
      Arrays.fill(ciphertext, (byte) 0);
    }
  }
}
