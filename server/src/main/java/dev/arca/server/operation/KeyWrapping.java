package dev.arca.server.operation;

import dev.arca.core.crypto.AsymmetricSpec;
import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.DigestAlgorithm;
import dev.arca.core.crypto.KeyWrapAlgorithm;
import dev.arca.core.crypto.PublicKeyMaterial;
import dev.arca.core.crypto.RsaEncryptionSpec;
import dev.arca.core.crypto.SecretKeyMaterial;
import dev.arca.core.crypto.SymmetricAlgorithm;
import dev.arca.core.key.ClearMaterial;
import dev.arca.core.key.ManagedObjectView;
import dev.arca.core.key.MaterialUse;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.enums.BlockCipherMode;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.EncodingOption;
import dev.arca.kmip.enums.HashingAlgorithm;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.PaddingMethod;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.WrappingMethod;
import dev.arca.kmip.object.EncryptionKeyInformation;
import dev.arca.kmip.object.KeyBlock;
import dev.arca.kmip.object.KeyWrappingData;
import dev.arca.kmip.object.KeyWrappingSpecification;
import dev.arca.kmip.object.ManagedObject;
import dev.arca.kmip.object.PrivateKey;
import dev.arca.kmip.object.PublicKey;
import dev.arca.kmip.object.SecretData;
import dev.arca.kmip.object.SymmetricKey;
import dev.arca.kmip.ttlv.TtlvEncoder;
import dev.arca.server.dispatch.RequestContext;
import java.util.Arrays;
import java.util.Optional;

/**
 * The Key Wrapping Specification of a Get (KMIP 1.4 §2.1.5–2.1.6, KMIP 2.1 §3.3, §7.18): the key
 * leaves the server encrypted under another managed key.
 *
 * <p>Wrapping Method Encrypt only. An AES key wraps with AES Key Wrap (Block Cipher Mode NIST Key
 * Wrap, RFC 3394, the default) or AES Key Wrap with Padding (RFC 5649); an RSA public key with
 * RSAES-OAEP (SHA-256 unless the parameters name another hash) or, when asked, PKCS#1 v1.5. The
 * wrapped data is the TTLV encoding of the Key Value unless the Encoding Option is No Encoding,
 * which wraps the Key Material bytes alone. The wrapping key must be Active, allow Wrap Key in its
 * Cryptographic Usage Mask, and be usable by the caller; the parameters come from the request's
 * Encryption Key Information, else from the wrapping key's Cryptographic Parameters attribute.
 */
final class KeyWrapping {

  private final RequestContext context;

  KeyWrapping(RequestContext context) {
    this.context = context;
  }

  /**
   * Refuses what this server does not do, before any key material is opened.
   *
   * @throws KmipException Feature Not Supported for MAC/sign wrapping and for attributes wrapped
   *     with the key; Invalid Field without Encryption Key Information
   */
  static void checkSupported(KeyWrappingSpecification spec) throws KmipException {
    if (spec.wrappingMethod() != WrappingMethod.ENCRYPT) {
      throw new KmipException(
          ResultReason.FEATURE_NOT_SUPPORTED,
          "only the Wrapping Method Encrypt is supported, not " + spec.wrappingMethod().specName());
    }
    if (spec.encryptionKeyInformation().isEmpty()) {
      throw new KmipException(
          ResultReason.INVALID_FIELD,
          "the Wrapping Method Encrypt needs Encryption Key Information");
    }
    if (spec.macSignatureKeyInformation().isPresent()) {
      throw new KmipException(
          ResultReason.FEATURE_NOT_SUPPORTED, "MAC/Signature Key Information is not supported");
    }
    if (!spec.attributeNames().isEmpty()) {
      throw new KmipException(
          ResultReason.FEATURE_NOT_SUPPORTED,
          "wrapping attributes together with the key is not supported");
    }
  }

  /** {@code plain} with its Key Value wrapped as {@code spec} asks. */
  ManagedObject wrap(ManagedObject plain, KeyWrappingSpecification spec) throws KmipException {
    KeyBlock block = keyBlock(plain);
    EncryptionKeyInformation info = spec.encryptionKeyInformation().get();
    String wrapId = info.uniqueIdentifier();
    context.touched(wrapId);
    ManagedObjectView wrapper = wrappingKey(wrapId);
    CryptographicParameters parameters =
        info.cryptographicParameters()
            .or(() -> parametersOf(wrapper))
            .orElse(CryptographicParameters.empty());
    byte[] data = dataToWrap(block, spec.encodingOption());
    byte[] wrapped;
    try {
      wrapped = encrypt(wrapper, parameters, data);
    } finally {
      Arrays.fill(data, (byte) 0);
    }
    KeyWrappingData how =
        new KeyWrappingData(
            WrappingMethod.ENCRYPT,
            Optional.of(info),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            spec.encodingOption());
    KeyBlock wrappedBlock =
        KeyBlock.wrapped(
            block.keyFormatType(),
            wrapped,
            block.cryptographicAlgorithm(),
            block.cryptographicLength(),
            how);
    return withKeyBlock(plain, wrappedBlock);
  }

  /** The wrapping key, if the caller may see it and it may wrap. */
  private ManagedObjectView wrappingKey(String id) throws KmipException {
    ManagedObjectView key;
    try {
      key = context.keys().get(context.caller(), id);
    } catch (KmipException e) {
      throw e.reason() == ResultReason.ITEM_NOT_FOUND
          ? new KmipException(ResultReason.WRAPPING_OBJECT_NOT_FOUND, "no such wrapping key")
          : e;
    }
    int mask = key.attributes().integer(Tag.CRYPTOGRAPHIC_USAGE_MASK).orElse(0);
    if ((mask & CryptographicUsageMask.WRAP_KEY.code()) == 0) {
      throw new KmipException(
          ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK,
          "the wrapping key's Cryptographic Usage Mask does not allow Wrap Key");
    }
    return key;
  }

  private static Optional<CryptographicParameters> parametersOf(ManagedObjectView key) {
    try {
      return key
          .attributes()
          .records(Tag.CRYPTOGRAPHIC_PARAMETERS, CryptographicParameters.class)
          .stream()
          .findFirst();
    } catch (KmipException e) {
      return Optional.empty();
    }
  }

  private static byte[] dataToWrap(KeyBlock block, Optional<EncodingOption> encoding)
      throws KmipException {
    if (encoding.filter(EncodingOption.NO_ENCODING::equals).isPresent()) {
      return block
          .keyMaterialBytes()
          .orElseThrow(
              () ->
                  new KmipException(
                      ResultReason.ENCODING_OPTION_ERROR,
                      "No Encoding applies to Key Material that is a Byte String; ask for an"
                          + " encoded Key Format Type or TTLV Encoding"));
    }
    return new TtlvEncoder().encode(block.keyValue().orElseThrow());
  }

  private byte[] encrypt(ManagedObjectView wrapper, CryptographicParameters p, byte[] data)
      throws KmipException {
    ClearMaterial kek = open(wrapper.id());
    try {
      if (wrapper.objectType() == ObjectType.SYMMETRIC_KEY
          && wrapper
              .attributes()
              .enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.class)
              .filter(CryptographicAlgorithm.AES::equals)
              .isPresent()) {
        return aesWrap(kek, p, data);
      }
      if (wrapper.objectType() == ObjectType.PUBLIC_KEY) {
        return rsaWrap(kek, p, data);
      }
      throw new KmipException(
          ResultReason.ILLEGAL_OBJECT_TYPE,
          "only an AES key or an RSA public key can wrap; the wrapping key is a "
              + wrapper.objectType().specName());
    } finally {
      kek.destroy();
    }
  }

  private ClearMaterial open(String id) throws KmipException {
    try {
      return context.keys().openMaterial(context.caller(), id, MaterialUse.PROTECT);
    } catch (KmipException e) {
      switch (e.reason()) {
        case OBJECT_ARCHIVED:
          throw new KmipException(
              ResultReason.WRAPPING_OBJECT_ARCHIVED, "the wrapping key is archived");
        case KEY_VALUE_NOT_PRESENT:
          throw new KmipException(
              ResultReason.WRAPPING_OBJECT_DESTROYED, "the wrapping key is destroyed");
        default:
          throw e;
      }
    }
  }

  private byte[] aesWrap(ClearMaterial kek, CryptographicParameters p, byte[] data)
      throws KmipException {
    BlockCipherMode mode = p.blockCipherMode().orElse(BlockCipherMode.NIST_KEY_WRAP);
    KeyWrapAlgorithm algorithm;
    if (mode == BlockCipherMode.NIST_KEY_WRAP) {
      algorithm = KeyWrapAlgorithm.AES_KW;
    } else if (mode == BlockCipherMode.AES_KEY_WRAP_PADDING) {
      algorithm = KeyWrapAlgorithm.AES_KWP;
    } else {
      throw new KmipException(
          ResultReason.BAD_CRYPTOGRAPHIC_PARAMETERS,
          "an AES key wraps with NIST Key Wrap or AES Key Wrap Padding, not " + mode.specName());
    }
    byte[] bytes = kek.bytes();
    SecretKeyMaterial key = null;
    try {
      key = SecretKeyMaterial.of(SymmetricAlgorithm.AES, bytes);
      return context.crypto().wrap(key, algorithm, data);
    } catch (CryptoException e) {
      throw BoundaryTerms.failure(e, "wrapping the key");
    } finally {
      Arrays.fill(bytes, (byte) 0);
      if (key != null) {
        key.destroy();
      }
    }
  }

  private byte[] rsaWrap(ClearMaterial kek, CryptographicParameters p, byte[] data)
      throws KmipException {
    PaddingMethod padding = p.paddingMethod().orElse(PaddingMethod.OAEP);
    RsaEncryptionSpec spec;
    if (padding == PaddingMethod.OAEP) {
      DigestAlgorithm hash =
          BoundaryTerms.digest(p.hashingAlgorithm().orElse(HashingAlgorithm.SHA_256));
      DigestAlgorithm mgf1 =
          p.maskGeneratorHashingAlgorithm().isPresent()
              ? BoundaryTerms.digest(p.maskGeneratorHashingAlgorithm().get())
              : hash;
      spec = RsaEncryptionSpec.oaep(hash, mgf1);
    } else if (padding == PaddingMethod.PKCS1_V1_5) {
      spec = RsaEncryptionSpec.pkcs1v15();
    } else {
      throw new KmipException(
          ResultReason.BAD_CRYPTOGRAPHIC_PARAMETERS,
          "an RSA key wraps with OAEP or PKCS1 v1.5 padding, not " + padding.specName());
    }
    try {
      PublicKeyMaterial key = PublicKeyMaterial.fromSpki(kek.bytes());
      if (!(key.spec() instanceof AsymmetricSpec.Rsa)) {
        throw new KmipException(
            ResultReason.ILLEGAL_OBJECT_TYPE, "only an RSA public key can wrap");
      }
      return context.crypto().encrypt(key, spec, data);
    } catch (CryptoException e) {
      throw BoundaryTerms.failure(e, "wrapping the key");
    }
  }

  private static KeyBlock keyBlock(ManagedObject object) throws KmipException {
    if (object instanceof SymmetricKey k) {
      return k.keyBlock();
    }
    if (object instanceof PrivateKey k) {
      return k.keyBlock();
    }
    if (object instanceof PublicKey k) {
      return k.keyBlock();
    }
    if (object instanceof SecretData s) {
      return s.keyBlock();
    }
    throw new KmipException(
        ResultReason.ILLEGAL_OBJECT_TYPE,
        "a " + object.objectType().specName() + " has no Key Block to wrap");
  }

  private static ManagedObject withKeyBlock(ManagedObject object, KeyBlock block) {
    if (object instanceof SymmetricKey) {
      return new SymmetricKey(block);
    }
    if (object instanceof PrivateKey) {
      return new PrivateKey(block);
    }
    if (object instanceof PublicKey) {
      return new PublicKey(block);
    }
    return new SecretData(((SecretData) object).secretDataType(), block);
  }
}
