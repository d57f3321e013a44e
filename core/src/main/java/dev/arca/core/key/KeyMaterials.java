package dev.arca.core.key;

import dev.arca.core.crypto.AsymmetricSpec;
import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.CryptoService;
import dev.arca.core.crypto.EcCurve;
import dev.arca.core.crypto.KeyPairMaterial;
import dev.arca.core.crypto.KeyPairPurpose;
import dev.arca.core.crypto.PrivateKeyMaterial;
import dev.arca.core.crypto.PublicKeyMaterial;
import dev.arca.core.crypto.SecretKeyMaterial;
import dev.arca.core.crypto.SymmetricAlgorithm;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.CryptographicDomainParameters;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.SecretDataType;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvEnumeration;
import dev.arca.kmip.ttlv.TtlvInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * New key material, and what the server reads from material it is given: key generation through the
 * crypto boundary with the defaults KMIP asks a server to supply (KMIP 2.1 Table 28), the key pair
 * shape a Create Key Pair asks for, and the algorithm and length of registered keys, checked
 * against the client's attributes (KMIP 2.1 Table 293).
 */
final class KeyMaterials {

  private final CryptoService crypto;

  KeyMaterials(CryptoService crypto) {
    this.crypto = Objects.requireNonNull(crypto, "crypto");
  }

  /** Whether the crypto service enforces FIPS mode. */
  boolean fipsMode() {
    return crypto.fipsMode();
  }

  /** Generated material with what the server knows of it. */
  record Generated(ClearMaterial material, NewObjects.KeyFacts facts) {}

  /** A generated key pair: the private key as PKCS#8, the public key as SubjectPublicKeyInfo. */
  record Pair(ClearMaterial privateKey, ClearMaterial publicKey) {
    void destroy() {
      privateKey.destroy();
      publicKey.destroy();
    }
  }

  /** A key pair of {@code spec}, its pairwise consistency tested for {@code purpose}. */
  Pair generateKeyPair(AsymmetricSpec spec, KeyPairPurpose purpose) throws KmipException {
    KeyPairMaterial pair;
    try {
      pair = crypto.generateKeyPair(spec, purpose);
    } catch (CryptoException e) {
      throw Crypto.toKmip(e, "key pair generation");
    }
    try {
      return new Pair(
          ClearMaterial.pkcs8(pair.privateKey().encoded()),
          ClearMaterial.x509(pair.publicKey().encoded()));
    } finally {
      pair.destroy();
    }
  }

  Generated generateSecret(ObjectType type, AttributeSet attributes) throws KmipException {
    OptionalInt requestedLength =
        attributes
            .integer(Tag.CRYPTOGRAPHIC_LENGTH)
            .map(OptionalInt::of)
            .orElse(OptionalInt.empty());
    if (type == ObjectType.SECRET_DATA) {
      int bits = requestedLength.orElse(256);
      ClearMaterial raw = generateSymmetric(SymmetricAlgorithm.SECRET, bits);
      // Generated secret data is random bytes: a Seed (KMIP 2.1 §11.52).
      ClearMaterial seed = ClearMaterial.secretData(SecretDataType.SEED.code(), raw.bytes());
      raw.destroy();
      return new Generated(
          seed, new NewObjects.KeyFacts(algorithmIn(attributes), OptionalInt.of(bits), List.of()));
    }
    if (attributes.contains(Tag.CRYPTOGRAPHIC_ALGORITHM) && algorithmIn(attributes).isEmpty()) {
      throw new KmipException(
          ResultReason.INVALID_FIELD, "the Cryptographic Algorithm cannot be generated");
    }
    CryptographicAlgorithm algorithm = algorithmIn(attributes).orElse(CryptographicAlgorithm.AES);
    SymmetricAlgorithm as =
        KeyAlgorithms.symmetric(algorithm)
            .orElseThrow(
                () ->
                    new KmipException(
                        ResultReason.INVALID_FIELD,
                        "cannot generate a " + algorithm.specName() + " symmetric key"));
    int bits =
        requestedLength.isPresent()
            ? requestedLength.getAsInt()
            : KeyAlgorithms.defaultLength(algorithm).orElse(256);
    SecretKeyMaterial key;
    try {
      key = crypto.generateSymmetric(as, bits);
    } catch (CryptoException e) {
      throw Crypto.toKmip(e, "key generation");
    }
    try {
      return new Generated(
          ClearMaterial.raw(key.encoded()), NewObjects.KeyFacts.of(algorithm, key.lengthBits()));
    } finally {
      key.destroy();
    }
  }

  ClearMaterial generateSymmetric(SymmetricAlgorithm algorithm, int bits) throws KmipException {
    SecretKeyMaterial key;
    try {
      key = crypto.generateSymmetric(algorithm, bits);
    } catch (CryptoException e) {
      throw Crypto.toKmip(e, "key generation");
    }
    try {
      return ClearMaterial.raw(key.encoded());
    } finally {
      key.destroy();
    }
  }

  /** What the server sets from registered material, after checking it against the attributes. */
  static NewObjects.KeyFacts registeredFacts(
      ObjectType type, AttributeSet attributes, ClearMaterial material) throws KmipException {
    Optional<CryptographicAlgorithm> algorithm = algorithmIn(attributes);
    OptionalInt length =
        attributes
            .integer(Tag.CRYPTOGRAPHIC_LENGTH)
            .map(OptionalInt::of)
            .orElse(OptionalInt.empty());
    byte[] bytes = material.bytes();
    try {
      switch (type) {
        case SYMMETRIC_KEY:
          return symmetricFacts(algorithm, length, bytes);
        case SECRET_DATA:
          if (material.dataType().isEmpty()) {
            throw new KmipException(
                ResultReason.INVALID_FIELD, "secret data needs its Secret Data Type");
          }
          checkLength(length, bytes.length * 8);
          return new NewObjects.KeyFacts(algorithm, OptionalInt.of(bytes.length * 8), List.of());
        case PRIVATE_KEY:
          {
            PrivateKeyMaterial key;
            try {
              key = PrivateKeyMaterial.fromPkcs8(bytes);
            } catch (CryptoException e) {
              throw Crypto.toKmip(e, "reading the private key");
            }
            AsymmetricSpec spec = key.spec();
            key.destroy();
            return asymmetricFacts(spec, algorithm, length);
          }
        case PUBLIC_KEY:
          try {
            return asymmetricFacts(PublicKeyMaterial.fromSpki(bytes).spec(), algorithm, length);
          } catch (CryptoException e) {
            throw Crypto.toKmip(e, "reading the public key");
          }
        case CERTIFICATE:
          return new NewObjects.KeyFacts(
              Optional.empty(),
              OptionalInt.empty(),
              Certificates.serverAttributes(bytes, algorithm));
        case OPAQUE_OBJECT:
          if (material.dataType().isEmpty()) {
            throw new KmipException(
                ResultReason.INVALID_FIELD, "an opaque object needs its Opaque Data Type");
          }
          return new NewObjects.KeyFacts(algorithm, length, List.of());
        case CERTIFICATE_REQUEST:
          return new NewObjects.KeyFacts(algorithm, length, List.of());
        case SPLIT_KEY:
          // A Split Key's part is not the key: its Cryptographic Algorithm and Length describe the
          // key the parts combine to, so they are kept as given.
          KeyFormats.checkSplitKey(material);
          return new NewObjects.KeyFacts(algorithm, length, List.of());
        default:
          throw new KmipException(
              ResultReason.FEATURE_NOT_SUPPORTED,
              "registering a " + type.specName() + " is not supported");
      }
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  static NewObjects.KeyFacts symmetricFacts(
      Optional<CryptographicAlgorithm> algorithm, OptionalInt length, byte[] bytes)
      throws KmipException {
    if (algorithm.isEmpty()) {
      throw new KmipException(
          ResultReason.INVALID_FIELD, "a symmetric key needs its Cryptographic Algorithm");
    }
    int bits = bytes.length * 8;
    Optional<SymmetricAlgorithm> known = KeyAlgorithms.symmetric(algorithm.get());
    if (known.isPresent()) {
      try {
        SecretKeyMaterial check = SecretKeyMaterial.of(known.get(), bytes);
        bits = check.lengthBits();
        check.destroy();
      } catch (CryptoException e) {
        throw Crypto.toKmip(e, "reading the key");
      }
    }
    // Triple-DES: 24 bytes are 168 key bits, which KMIP clients write either way.
    boolean tripleDesAlias =
        algorithm.get() == CryptographicAlgorithm.DES3
            && length.isPresent()
            && length.getAsInt() == bytes.length * 8;
    if (!tripleDesAlias) {
      checkLength(length, bits);
    }
    return NewObjects.KeyFacts.of(algorithm.get(), length.orElse(bits));
  }

  static NewObjects.KeyFacts asymmetricFacts(
      AsymmetricSpec spec, Optional<CryptographicAlgorithm> algorithm, OptionalInt length)
      throws KmipException {
    CryptographicAlgorithm actual = KeyAlgorithms.algorithmOf(spec, algorithm);
    if (algorithm.isPresent() && algorithm.get() != actual) {
      throw new KmipException(
          ResultReason.INVALID_FIELD, "the key is " + spec + ", not " + algorithm.get().specName());
    }
    checkLength(length, spec.sizeBits());
    return keyPairFacts(actual, spec);
  }

  static NewObjects.KeyFacts keyPairFacts(CryptographicAlgorithm algorithm, AsymmetricSpec spec) {
    NewObjects.KeyFacts facts = NewObjects.KeyFacts.of(algorithm, spec.sizeBits());
    if (spec instanceof AsymmetricSpec.Ec ec) {
      facts =
          facts.with(
              List.of(
                  TtlvBinder.encode(
                      Tag.CRYPTOGRAPHIC_DOMAIN_PARAMETERS,
                      new CryptographicDomainParameters(
                          Optional.empty(),
                          Optional.of(KeyAlgorithms.recommendedCurve(ec.curve()))))));
    }
    return facts;
  }

  static void checkLength(OptionalInt given, int actual) throws KmipException {
    if (given.isPresent() && given.getAsInt() != actual) {
      throw new KmipException(
          ResultReason.INVALID_FIELD,
          "the Cryptographic Length is "
              + given.getAsInt()
              + " but the key has "
              + actual
              + " bits");
    }
  }

  /** The shape of a key pair to generate, from the private and public key attributes. */
  static AsymmetricSpec keyPairSpec(AttributeSet priv, AttributeSet pub) throws KmipException {
    Optional<CryptographicAlgorithm> pa = algorithmIn(priv);
    Optional<CryptographicAlgorithm> qa = algorithmIn(pub);
    if (pa.isPresent() && qa.isPresent() && pa.get() != qa.get()) {
      throw new KmipException(
          ResultReason.INVALID_FIELD,
          "the private and public key must have the same Cryptographic Algorithm");
    }
    Optional<Integer> pl = priv.integer(Tag.CRYPTOGRAPHIC_LENGTH);
    Optional<Integer> ql = pub.integer(Tag.CRYPTOGRAPHIC_LENGTH);
    if (pl.isPresent() && ql.isPresent() && !pl.get().equals(ql.get())) {
      throw new KmipException(
          ResultReason.INVALID_FIELD,
          "the private and public key must have the same Cryptographic Length");
    }
    if ((priv.contains(Tag.CRYPTOGRAPHIC_ALGORITHM) && pa.isEmpty())
        || (pub.contains(Tag.CRYPTOGRAPHIC_ALGORITHM) && qa.isEmpty())) {
      throw new KmipException(
          ResultReason.INVALID_FIELD, "the Cryptographic Algorithm cannot be generated");
    }
    CryptographicAlgorithm algorithm = pa.or(() -> qa).orElse(CryptographicAlgorithm.RSA);
    Optional<Integer> length = pl.or(() -> ql);
    if (algorithm == CryptographicAlgorithm.RSA) {
      int bits = length.orElse(KeyAlgorithms.defaultLength(algorithm).orElseThrow());
      try {
        return AsymmetricSpec.rsa(bits);
      } catch (IllegalArgumentException e) {
        throw new KmipException(
            ResultReason.INVALID_FIELD, "RSA keys of " + bits + " bits cannot be generated");
      }
    }
    if (KeyAlgorithms.isEc(algorithm)) {
      Optional<EcCurve> curve = curveIn(priv);
      if (curve.isEmpty()) {
        curve = curveIn(pub);
      }
      if (curve.isEmpty() && length.isPresent()) {
        curve = KeyAlgorithms.curveForLength(length.get());
        if (curve.isEmpty()) {
          throw new KmipException(
              ResultReason.INVALID_FIELD, "no supported curve has " + length.get() + " bits");
        }
      }
      EcCurve c = curve.orElse(EcCurve.P_256);
      if (length.isPresent() && length.get() != c.fieldBits()) {
        throw new KmipException(
            ResultReason.INVALID_FIELD,
            "the curve "
                + c.displayName()
                + " has "
                + c.fieldBits()
                + " bits, not "
                + length.get());
      }
      return AsymmetricSpec.ec(c);
    }
    throw new KmipException(
        ResultReason.INVALID_FIELD, "cannot generate " + algorithm.specName() + " key pairs");
  }

  static Optional<EcCurve> curveIn(AttributeSet attributes) throws KmipException {
    Optional<Ttlv> v = attributes.first(Tag.CRYPTOGRAPHIC_DOMAIN_PARAMETERS);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    CryptographicDomainParameters p =
        TtlvBinder.decode(CryptographicDomainParameters.class, v.get());
    if (p.recommendedCurve().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        KeyAlgorithms.curve(p.recommendedCurve().get())
            .orElseThrow(
                () ->
                    new KmipException(
                        ResultReason.INVALID_FIELD,
                        "the curve "
                            + p.recommendedCurve().get().specName()
                            + " is not supported")));
  }

  /** RSA keys meant only for decryption or unwrapping are generated for encryption. */
  static KeyPairPurpose purposeOf(AsymmetricSpec spec, AttributeSet priv) {
    if (!(spec instanceof AsymmetricSpec.Rsa)) {
      return KeyPairPurpose.SIGNATURE;
    }
    int mask = priv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK).orElse(0);
    boolean decrypts =
        (mask & (CryptographicUsageMask.DECRYPT.code() | CryptographicUsageMask.UNWRAP_KEY.code()))
            != 0;
    boolean signs = (mask & CryptographicUsageMask.SIGN.code()) != 0;
    return decrypts && !signs ? KeyPairPurpose.ENCRYPTION : KeyPairPurpose.SIGNATURE;
  }

  static Optional<CryptographicAlgorithm> algorithmIn(AttributeSet attributes) {
    return attributes.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.class);
  }

  static int lengthOf(AttributeSet attributes) throws KmipException {
    return attributes
        .integer(Tag.CRYPTOGRAPHIC_LENGTH)
        .orElseThrow(
            () ->
                new KmipException(
                    ResultReason.INVALID_FIELD, "the key has no Cryptographic Length"));
  }

  /** A new version keeps the algorithm and length of the versioned key. */
  static void keepsAlgorithmAndLength(
      AttributeSet client, CryptographicAlgorithm algorithm, int length) throws KmipException {
    Optional<Ttlv> a = client.first(Tag.CRYPTOGRAPHIC_ALGORITHM);
    if (a.isPresent() && ((TtlvEnumeration) a.get()).value() != algorithm.code()) {
      throw new KmipException(
          ResultReason.INVALID_FIELD, "a new version keeps the Cryptographic Algorithm");
    }
    Optional<Ttlv> l = client.first(Tag.CRYPTOGRAPHIC_LENGTH);
    if (l.isPresent() && ((TtlvInteger) l.get()).value() != length) {
      throw new KmipException(
          ResultReason.INVALID_FIELD, "a new version keeps the Cryptographic Length");
    }
  }
}
