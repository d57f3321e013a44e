package dev.arca.core.key;

import static dev.arca.core.crypto.KeyFormats.ecPkcs8ToSec1;
import static dev.arca.core.crypto.KeyFormats.ecPrivateComponents;
import static dev.arca.core.crypto.KeyFormats.ecPrivatePkcs8;
import static dev.arca.core.crypto.KeyFormats.ecPublicComponents;
import static dev.arca.core.crypto.KeyFormats.ecPublicSpki;
import static dev.arca.core.crypto.KeyFormats.ecSec1ToPkcs8;
import static dev.arca.core.crypto.KeyFormats.rsaPkcs1ToPkcs8;
import static dev.arca.core.crypto.KeyFormats.rsaPkcs1ToSpki;
import static dev.arca.core.crypto.KeyFormats.rsaPkcs8ToPkcs1;
import static dev.arca.core.crypto.KeyFormats.rsaPrivateComponents;
import static dev.arca.core.crypto.KeyFormats.rsaPrivatePkcs8;
import static dev.arca.core.crypto.KeyFormats.rsaPublicComponents;
import static dev.arca.core.crypto.KeyFormats.rsaPublicSpki;
import static dev.arca.core.crypto.KeyFormats.rsaSpkiToPkcs1;

import dev.arca.core.crypto.AsymmetricSpec;
import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.EcCurve;
import dev.arca.core.crypto.KeyFormats.EcPrivateComponents;
import dev.arca.core.crypto.KeyFormats.EcPublicComponents;
import dev.arca.core.crypto.KeyFormats.RsaPrivateComponents;
import dev.arca.core.crypto.KeyFormats.RsaPublicComponents;
import dev.arca.core.crypto.PrivateKeyMaterial;
import dev.arca.core.crypto.PublicKeyMaterial;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CertificateRequestType;
import dev.arca.kmip.enums.CertificateType;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.RecommendedCurve;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.SecretDataType;
import dev.arca.kmip.object.Certificate;
import dev.arca.kmip.object.CertificateRequest;
import dev.arca.kmip.object.KeyBlock;
import dev.arca.kmip.object.KeyValue;
import dev.arca.kmip.object.OpaqueObject;
import dev.arca.kmip.object.PrivateKey;
import dev.arca.kmip.object.PublicKey;
import dev.arca.kmip.object.SecretData;
import dev.arca.kmip.object.SplitKey;
import dev.arca.kmip.object.SymmetricKey;
import dev.arca.kmip.object.TransparentEcPrivateKey;
import dev.arca.kmip.object.TransparentEcPublicKey;
import dev.arca.kmip.object.TransparentKeyMaterial;
import dev.arca.kmip.object.TransparentRsaPrivateKey;
import dev.arca.kmip.object.TransparentRsaPublicKey;
import dev.arca.kmip.object.TransparentSymmetricKey;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvDecoder;
import dev.arca.kmip.ttlv.TtlvEncoder;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Conversions between the canonical form key material is stored in and the KMIP Key Format Types
 * (KMIP 2.1 §3, 1.4 §2.1.7; Key Format Type enumeration §11.26):
 *
 * <table>
 *   <caption>Formats by object type</caption>
 *   <tr><th>Object</th><th>Stored as</th><th>Also served and accepted as</th></tr>
 *   <tr><td>Symmetric Key</td><td>Raw</td><td>Transparent Symmetric Key</td></tr>
 *   <tr><td>Secret Data</td><td>Raw</td><td>Opaque</td></tr>
 *   <tr><td>Private Key (RSA)</td><td>PKCS#8</td><td>PKCS#1, Transparent RSA Private Key</td></tr>
 *   <tr><td>Private Key (EC)</td><td>PKCS#8</td><td>ECPrivateKey (SEC 1), Transparent EC Private
 *       Key (and the 1.x Transparent ECDSA/ECDH/ECMQV Private Key)</td></tr>
 *   <tr><td>Public Key (RSA)</td><td>X.509 (SubjectPublicKeyInfo)</td><td>PKCS#1, Transparent
 *       RSA Public Key</td></tr>
 *   <tr><td>Public Key (EC)</td><td>X.509</td><td>Transparent EC Public Key (and the 1.x ECDSA,
 *       ECDH, ECMQV forms)</td></tr>
 *   <tr><td>Certificate</td><td>X.509 DER</td><td>—</td></tr>
 *   <tr><td>Opaque Object</td><td>Opaque</td><td>—</td></tr>
 *   <tr><td>Certificate Request</td><td>PKCS#10 DER</td><td>—</td></tr>
 * </table>
 *
 * <p>An object is served by default in its Key Format Type attribute: the format it was registered
 * in, the one the client asked for when the server generated it, or else {@link #defaultFormat}
 * (PKCS#1 for RSA keys). The encodings themselves are computed by the crypto boundary ({@link
 * dev.arca.core.crypto.KeyFormats}). Any other combination is refused with Key Format Type Not
 * Supported. Wrapped Key Blocks are the caller's to unwrap first.
 */
public final class KeyFormats {

  private static final Set<KeyFormatType> EC_PRIVATE_TRANSPARENT =
      Set.of(
          KeyFormatType.TRANSPARENT_EC_PRIVATE_KEY,
          KeyFormatType.TRANSPARENT_ECDSA_PRIVATE_KEY,
          KeyFormatType.TRANSPARENT_ECDH_PRIVATE_KEY,
          KeyFormatType.TRANSPARENT_ECMQV_PRIVATE_KEY);

  private static final Set<KeyFormatType> EC_PUBLIC_TRANSPARENT =
      Set.of(
          KeyFormatType.TRANSPARENT_EC_PUBLIC_KEY,
          KeyFormatType.TRANSPARENT_ECDSA_PUBLIC_KEY,
          KeyFormatType.TRANSPARENT_ECDH_PUBLIC_KEY,
          KeyFormatType.TRANSPARENT_ECMQV_PUBLIC_KEY);

  private KeyFormats() {}

  /**
   * The object of a Register request, taken apart: the material in canonical form and the
   * attributes its Key Block carries (Cryptographic Algorithm and Length, and the Key Format Type
   * it came in, which Get then serves by default).
   */
  public record Imported(ClearMaterial material, AttributeSet attributes) {
    public Imported {
      Objects.requireNonNull(material, "material");
      Objects.requireNonNull(attributes, "attributes");
    }
  }

  /** The format an object type's material is stored in. */
  public static KeyFormatType canonicalFormat(ObjectType type) throws KmipException {
    switch (type) {
      case SYMMETRIC_KEY:
      case SECRET_DATA:
      case SPLIT_KEY:
        return KeyFormatType.RAW;
      case PRIVATE_KEY:
        return KeyFormatType.PKCS_8;
      case PUBLIC_KEY:
      case CERTIFICATE:
        return KeyFormatType.X_509;
      case OPAQUE_OBJECT:
        return KeyFormatType.OPAQUE;
      case CERTIFICATE_REQUEST:
        return KeyFormatType.PKCS_10;
      default:
        throw new KmipException(
            ResultReason.FEATURE_NOT_SUPPORTED, type.specName() + " objects are not supported");
    }
  }

  /**
   * The format Get serves an object in when neither the request nor the client that made it chose
   * one, and the format of its mandatory Digest: KMIP 2.1 §4.26 Table 81 ("Keys have a default Key
   * Format Type that SHALL be produced by KMIP servers") for RSA keys, PKCS#1 for the private and
   * the public key, which is also the form the OASIS profile test cases expect of a generated RSA
   * key pair (AKLC); otherwise the form the material is stored in ({@code material.format()}).
   *
   * <p>Table 81 names the Transparent EC formats for EC keys. Arca keeps PKCS#8 and X.509 for them
   * instead: Transparent EC Private and Public Key only exist since KMIP 1.3, and an EC key must be
   * servable by default to a client of any version. KMIP 1.4 §3.17 lets a server choose the digest
   * format of an object it generated, "provided it is able to serve the object to clients in that
   * same format".
   *
   * @param algorithm the key's Cryptographic Algorithm, when known
   * @param material the material in canonical form
   */
  public static KeyFormatType defaultFormat(
      ObjectType type, Optional<CryptographicAlgorithm> algorithm, ClearMaterial material) {
    boolean rsaKey =
        (type == ObjectType.PRIVATE_KEY || type == ObjectType.PUBLIC_KEY)
            && algorithm.filter(CryptographicAlgorithm.RSA::equals).isPresent();
    return rsaKey ? KeyFormatType.PKCS_1 : material.format();
  }

  /**
   * Material given in one of the encoded (Byte String) formats, in canonical form. Returns {@code
   * material} itself when it already is.
   *
   * @throws KmipException Key Format Type Not Supported for a format the object type does not take;
   *     Invalid Field when the bytes do not parse
   */
  public static ClearMaterial toCanonical(ObjectType type, ClearMaterial material)
      throws KmipException {
    KeyFormatType canonical = canonicalFormat(type);
    KeyFormatType given = material.format();
    if (given == canonical) {
      return material;
    }
    if (type == ObjectType.SECRET_DATA && given == KeyFormatType.OPAQUE) {
      return ClearMaterial.of(KeyFormatType.RAW, material.bytes(), material.dataType());
    }
    byte[] in = material.bytes();
    try {
      if (type == ObjectType.PRIVATE_KEY && given == KeyFormatType.PKCS_1) {
        return ClearMaterial.pkcs8(rsaPkcs1ToPkcs8(in));
      }
      if (type == ObjectType.PRIVATE_KEY && given == KeyFormatType.EC_PRIVATE_KEY) {
        return ClearMaterial.pkcs8(ecSec1ToPkcs8(in));
      }
      if (type == ObjectType.PUBLIC_KEY && given == KeyFormatType.PKCS_1) {
        return ClearMaterial.x509(rsaPkcs1ToSpki(in));
      }
    } catch (CryptoException e) {
      throw Crypto.toKmip(e, "reading the " + given.specName() + " key");
    } finally {
      Arrays.fill(in, (byte) 0);
    }
    throw unsupported(type, given);
  }

  /**
   * The Key Material of a Key Value in {@code format}, from canonical material: a Byte String for
   * the encoded formats, a structure for the Transparent ones.
   *
   * @throws KmipException Key Format Type Not Supported when the object cannot be given in that
   *     format
   */
  public static Ttlv keyMaterial(ObjectType type, ClearMaterial canonical, KeyFormatType format)
      throws KmipException {
    byte[] in = canonical.bytes();
    try {
      switch (type) {
        case SYMMETRIC_KEY:
          if (format == KeyFormatType.RAW) {
            return Ttlv.bytes(Tag.KEY_MATERIAL, in);
          }
          if (format == KeyFormatType.TRANSPARENT_SYMMETRIC_KEY) {
            return transparent(new TransparentSymmetricKey(in));
          }
          break;
        case SECRET_DATA:
          if (format == KeyFormatType.RAW || format == KeyFormatType.OPAQUE) {
            return Ttlv.bytes(Tag.KEY_MATERIAL, in);
          }
          break;
        case PRIVATE_KEY:
          return privateKeyMaterial(in, format);
        case PUBLIC_KEY:
          return publicKeyMaterial(in, format);
        case SPLIT_KEY:
          {
            ClearMaterial part = splitKeyPart(storedSplitKey(in));
            try {
              return keyMaterial(ObjectType.SYMMETRIC_KEY, part, format);
            } finally {
              part.destroy();
            }
          }
        default:
          break;
      }
    } catch (CryptoException e) {
      throw Crypto.toKmip(e, "converting the key to " + format.specName());
    } finally {
      Arrays.fill(in, (byte) 0);
    }
    throw unsupported(type, format);
  }

  /**
   * The KMIP object Get returns for {@code view}, with the material in {@code requested}, or when
   * none is requested in the format of the object's Key Format Type attribute (the format it was
   * registered in), else the canonical one.
   */
  public static dev.arca.kmip.object.ManagedObject toKmipObject(
      ManagedObjectView view, ClearMaterial canonical, Optional<KeyFormatType> requested)
      throws KmipException {
    ObjectType type = view.objectType();
    AttributeSet a = view.attributes();
    KeyFormatType format =
        requested
            .or(() -> a.enumeration(Tag.KEY_FORMAT_TYPE, KeyFormatType.class))
            .orElse(canonicalFormat(type));
    Optional<CryptographicAlgorithm> algorithm =
        a.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.class);
    Optional<Integer> length = a.integer(Tag.CRYPTOGRAPHIC_LENGTH);
    switch (type) {
      case SYMMETRIC_KEY:
        return new SymmetricKey(keyBlock(type, canonical, format, algorithm, length));
      case PRIVATE_KEY:
        return new PrivateKey(keyBlock(type, canonical, format, algorithm, length));
      case PUBLIC_KEY:
        return new PublicKey(keyBlock(type, canonical, format, algorithm, length));
      case SECRET_DATA:
        {
          int code = canonical.dataType().orElse(SecretDataType.PASSWORD.code());
          SecretDataType dataType =
              SecretDataType.find(code)
                  .orElseThrow(
                      () ->
                          new KmipException(
                              ResultReason.FEATURE_NOT_SUPPORTED,
                              String.format("Secret Data Type 0x%08X cannot be returned", code)));
          return new SecretData(
              dataType, keyBlock(type, canonical, format, Optional.empty(), Optional.empty()));
        }
      case SPLIT_KEY:
        {
          SplitKey stored = storedSplitKey(canonical.bytes());
          ClearMaterial part = splitKeyPart(stored);
          try {
            return new SplitKey(
                stored.splitKeyParts(),
                stored.keyPartIdentifier(),
                stored.splitKeyThreshold(),
                stored.splitKeyMethod(),
                stored.primeFieldSize(),
                keyBlock(ObjectType.SYMMETRIC_KEY, part, format, algorithm, length));
          } finally {
            part.destroy();
          }
        }
      case CERTIFICATE:
        requireFormat(type, format, KeyFormatType.X_509);
        return new Certificate(CertificateType.X_509, canonical.bytes());
      case OPAQUE_OBJECT:
        requireFormat(type, format, KeyFormatType.OPAQUE);
        return OpaqueObject.of(canonical.dataType().orElse(0), canonical.bytes());
      case CERTIFICATE_REQUEST:
        requireFormat(type, format, KeyFormatType.PKCS_10);
        return new CertificateRequest(CertificateRequestType.PKCS_10, canonical.bytes());
      default:
        throw unsupported(type, format);
    }
  }

  /**
   * The object of a Register request in canonical form. The Key Block must be in plaintext; a
   * wrapped one is unwrapped by the caller first.
   *
   * @throws KmipException Key Format Type Not Supported for a format the object type does not take;
   *     Invalid Field when the material does not parse; Feature Not Supported for Templates and PGP
   *     Keys
   */
  public static Imported fromKmipObject(dev.arca.kmip.object.ManagedObject object)
      throws KmipException {
    ObjectType type = object.objectType();
    if (object instanceof SymmetricKey k) {
      return fromKeyBlock(type, k.keyBlock(), OptionalInt.empty());
    }
    if (object instanceof PrivateKey k) {
      return fromKeyBlock(type, k.keyBlock(), OptionalInt.empty());
    }
    if (object instanceof PublicKey k) {
      return fromKeyBlock(type, k.keyBlock(), OptionalInt.empty());
    }
    if (object instanceof SecretData s) {
      return fromKeyBlock(type, s.keyBlock(), OptionalInt.of(s.secretDataType().code()));
    }
    if (object instanceof SplitKey s) {
      return splitKey(s);
    }
    if (object instanceof Certificate c) {
      if (c.certificateType() != CertificateType.X_509) {
        throw new KmipException(
            ResultReason.FEATURE_NOT_SUPPORTED, "only X.509 certificates are supported");
      }
      return new Imported(ClearMaterial.x509(c.certificateValue()), AttributeSet.empty());
    }
    if (object instanceof OpaqueObject o) {
      return new Imported(
          ClearMaterial.opaque(o.opaqueDataTypeCode(), o.opaqueDataValue()), AttributeSet.empty());
    }
    if (object instanceof CertificateRequest r) {
      if (r.certificateRequestType() != CertificateRequestType.PKCS_10) {
        throw new KmipException(
            ResultReason.FEATURE_NOT_SUPPORTED, "only PKCS#10 certificate requests are supported");
      }
      return new Imported(
          ClearMaterial.of(KeyFormatType.PKCS_10, r.certificateRequestValue(), OptionalInt.empty()),
          AttributeSet.empty());
    }
    throw new KmipException(
        ResultReason.FEATURE_NOT_SUPPORTED,
        "registering a " + type.specName() + " is not supported");
  }

  // ---- internals -------------------------------------------------------------------------------

  /**
   * A Split Key's material as stored: the TTLV encoding of the Split Key object with its key part
   * as a plaintext Raw Key Block. Split Key Parts, Key Part Identifier, Split Key Threshold, Split
   * Key Method and Prime Field Size are fields of the object, not attributes (KMIP 1.4 §2.2.5), so
   * they are kept with the material, under the same encryption, for Get to give back.
   */
  private static Imported splitKey(SplitKey s) throws KmipException {
    Imported part = fromKeyBlock(ObjectType.SYMMETRIC_KEY, s.keyBlock(), OptionalInt.empty());
    byte[] raw = part.material().bytes();
    try {
      SplitKey plain =
          new SplitKey(
              s.splitKeyParts(),
              s.keyPartIdentifier(),
              s.splitKeyThreshold(),
              s.splitKeyMethod(),
              s.primeFieldSize(),
              KeyBlock.of(
                  KeyFormatType.RAW,
                  KeyValue.of(raw),
                  s.keyBlock().cryptographicAlgorithm(),
                  s.keyBlock().cryptographicLength()));
      byte[] encoded = new TtlvEncoder().encode(TtlvBinder.encode(plain));
      try {
        return new Imported(ClearMaterial.raw(encoded), part.attributes());
      } finally {
        Arrays.fill(encoded, (byte) 0);
      }
    } finally {
      Arrays.fill(raw, (byte) 0);
      part.material().destroy();
    }
  }

  /**
   * Checks that {@code material} is a Split Key as {@link #fromKmipObject} stores it.
   *
   * @throws KmipException Invalid Field when it is not
   */
  static void checkSplitKey(ClearMaterial material) throws KmipException {
    byte[] bytes = material.bytes();
    try {
      TtlvBinder.decode(SplitKey.class, new TtlvDecoder().decode(bytes));
    } catch (KmipException | RuntimeException e) {
      throw new KmipException(
          ResultReason.INVALID_FIELD,
          "Split Key material must be the Split Key structure with a plaintext key part");
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  private static SplitKey storedSplitKey(byte[] stored) throws KmipException {
    try {
      return TtlvBinder.decode(SplitKey.class, new TtlvDecoder().decode(stored));
    } catch (KmipException e) {
      throw new KmipException(
          ResultReason.GENERAL_FAILURE, "the stored Split Key does not decode: " + e.getMessage());
    } finally {
      Arrays.fill(stored, (byte) 0);
    }
  }

  private static ClearMaterial splitKeyPart(SplitKey stored) throws KmipException {
    byte[] part =
        stored
            .keyBlock()
            .keyMaterialBytes()
            .orElseThrow(
                () ->
                    new KmipException(
                        ResultReason.GENERAL_FAILURE, "the stored Split Key has no key part"));
    try {
      return ClearMaterial.raw(part);
    } finally {
      Arrays.fill(part, (byte) 0);
    }
  }

  private static Imported fromKeyBlock(ObjectType type, KeyBlock block, OptionalInt dataType)
      throws KmipException {
    if (block.isWrapped()) {
      throw new KmipException(
          ResultReason.KEY_WRAP_TYPE_NOT_SUPPORTED, "the Key Block must be unwrapped first");
    }
    if (block.keyValue().isEmpty()) {
      throw new KmipException(ResultReason.KEY_VALUE_NOT_PRESENT, "the Key Block has no Key Value");
    }
    Optional<byte[]> bytes = block.keyMaterialBytes();
    KeyFormatType format =
        bytes.isPresent()
            ? actualEncoding(type, block.keyFormatType(), bytes.get())
            : block.keyFormatType();
    AttributeSet.Builder attrs = AttributeSet.builder();
    attrs.set(Ttlv.enumeration(Tag.KEY_FORMAT_TYPE, format.code()));
    block
        .cryptographicAlgorithm()
        .ifPresent(a -> attrs.set(Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, a.code())));
    block
        .cryptographicLength()
        .ifPresent(l -> attrs.set(Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, l)));
    if (bytes.isPresent()) {
      byte[] b = bytes.get();
      try {
        ClearMaterial given = ClearMaterial.of(format, b, dataType);
        return new Imported(toCanonical(type, given), attrs.build());
      } finally {
        Arrays.fill(b, (byte) 0);
      }
    }
    TransparentKeyMaterial t =
        block.transparentKeyMaterial().orElseThrow(() -> unsupported(type, format));
    try {
      if (type == ObjectType.SYMMETRIC_KEY && t instanceof TransparentSymmetricKey s) {
        return new Imported(ClearMaterial.raw(s.key()), attrs.build());
      }
      if (type == ObjectType.PRIVATE_KEY && t instanceof TransparentRsaPrivateKey r) {
        return new Imported(ClearMaterial.pkcs8(rsaPrivate(r)), attrs.build());
      }
      if (type == ObjectType.PRIVATE_KEY && t instanceof TransparentEcPrivateKey e) {
        byte[] pkcs8 = ecPrivatePkcs8(new EcPrivateComponents(curve(e.recommendedCurve()), e.d()));
        return new Imported(ClearMaterial.pkcs8(pkcs8), attrs.build());
      }
      if (type == ObjectType.PUBLIC_KEY && t instanceof TransparentRsaPublicKey r) {
        byte[] spki = rsaPublicSpki(new RsaPublicComponents(r.modulus(), r.publicExponent()));
        return new Imported(ClearMaterial.x509(spki), attrs.build());
      }
      if (type == ObjectType.PUBLIC_KEY && t instanceof TransparentEcPublicKey e) {
        byte[] spki =
            ecPublicSpki(new EcPublicComponents(curve(e.recommendedCurve()), e.qString()));
        return new Imported(ClearMaterial.x509(spki), attrs.build());
      }
    } catch (CryptoException e) {
      throw Crypto.toKmip(e, "reading the " + format.specName() + " key");
    }
    throw unsupported(type, format);
  }

  /**
   * The encoding the DER bytes of a private or public key are really in, when a client labels them
   * loosely: PKCS#1 RSA keys are often sent labelled PKCS#8, X.509 or Raw, and encoded keys
   * labelled Raw. The structures tell themselves apart by their first elements (PKCS#1
   * RSAPrivateKey: version, modulus; PKCS#8 PrivateKeyInfo: version, AlgorithmIdentifier; PKCS#1
   * RSAPublicKey: modulus; SubjectPublicKeyInfo: AlgorithmIdentifier), so the label is corrected
   * instead of a usable key being refused. Bytes that are none of these keep their label and fail
   * later with a precise error.
   */
  static KeyFormatType actualEncoding(ObjectType type, KeyFormatType label, byte[] der) {
    boolean privateKey = type == ObjectType.PRIVATE_KEY;
    boolean publicKey = type == ObjectType.PUBLIC_KEY;
    if (!(privateKey
            && (label == KeyFormatType.PKCS_8
                || label == KeyFormatType.RAW
                || label == KeyFormatType.PKCS_1))
        && !(publicKey
            && (label == KeyFormatType.X_509
                || label == KeyFormatType.RAW
                || label == KeyFormatType.PKCS_1))) {
      return label;
    }
    ASN1Sequence sequence;
    try {
      ASN1Primitive parsed = ASN1Primitive.fromByteArray(der);
      if (!(parsed instanceof ASN1Sequence s) || s.size() < 2) {
        return label;
      }
      sequence = s;
    } catch (IOException | RuntimeException e) {
      return label;
    }
    ASN1Encodable first = sequence.getObjectAt(0);
    ASN1Encodable second = sequence.getObjectAt(1);
    if (privateKey && first instanceof ASN1Integer) {
      if (second instanceof ASN1Integer && sequence.size() >= 9) {
        return KeyFormatType.PKCS_1;
      }
      if (second instanceof ASN1Sequence) {
        return KeyFormatType.PKCS_8;
      }
    }
    if (publicKey) {
      if (first instanceof ASN1Integer && second instanceof ASN1Integer && sequence.size() == 2) {
        return KeyFormatType.PKCS_1;
      }
      if (first instanceof ASN1Sequence && second instanceof ASN1BitString) {
        return KeyFormatType.X_509;
      }
    }
    return label;
  }

  private static byte[] rsaPrivate(TransparentRsaPrivateKey r)
      throws KmipException, CryptoException {
    if (r.privateExponent().isEmpty()
        || r.publicExponent().isEmpty()
        || r.p().isEmpty()
        || r.q().isEmpty()
        || r.primeExponentP().isEmpty()
        || r.primeExponentQ().isEmpty()
        || r.crtCoefficient().isEmpty()) {
      throw new KmipException(
          ResultReason.INVALID_FIELD,
          "a Transparent RSA Private Key needs every component to be registered");
    }
    return rsaPrivatePkcs8(
        new RsaPrivateComponents(
            r.modulus(),
            r.publicExponent().get(),
            r.privateExponent().get(),
            r.p().get(),
            r.q().get(),
            r.primeExponentP().get(),
            r.primeExponentQ().get(),
            r.crtCoefficient().get()));
  }

  private static KeyBlock keyBlock(
      ObjectType type,
      ClearMaterial canonical,
      KeyFormatType format,
      Optional<CryptographicAlgorithm> algorithm,
      Optional<Integer> length)
      throws KmipException {
    Ttlv material = keyMaterial(type, canonical, format);
    return KeyBlock.of(
        format, new KeyValue(material, List.of(), Optional.empty()), algorithm, length);
  }

  private static Ttlv privateKeyMaterial(byte[] pkcs8, KeyFormatType format)
      throws KmipException, CryptoException {
    AsymmetricSpec spec = describePrivate(pkcs8);
    if (spec instanceof AsymmetricSpec.Rsa) {
      switch (format) {
        case PKCS_8:
          return Ttlv.bytes(Tag.KEY_MATERIAL, pkcs8);
        case PKCS_1:
          return Ttlv.bytes(Tag.KEY_MATERIAL, rsaPkcs8ToPkcs1(pkcs8));
        case TRANSPARENT_RSA_PRIVATE_KEY:
          {
            RsaPrivateComponents c = rsaPrivateComponents(pkcs8);
            return transparent(
                new TransparentRsaPrivateKey(
                    c.modulus(),
                    Optional.of(c.privateExponent()),
                    Optional.of(c.publicExponent()),
                    Optional.of(c.prime1()),
                    Optional.of(c.prime2()),
                    Optional.of(c.exponent1()),
                    Optional.of(c.exponent2()),
                    Optional.of(c.coefficient())));
          }
        default:
          throw unsupported(ObjectType.PRIVATE_KEY, format);
      }
    }
    if (format == KeyFormatType.PKCS_8) {
      return Ttlv.bytes(Tag.KEY_MATERIAL, pkcs8);
    }
    if (format == KeyFormatType.EC_PRIVATE_KEY) {
      return Ttlv.bytes(Tag.KEY_MATERIAL, ecPkcs8ToSec1(pkcs8));
    }
    if (EC_PRIVATE_TRANSPARENT.contains(format)) {
      EcPrivateComponents c = ecPrivateComponents(pkcs8);
      BigInteger d = c.privateValue();
      return transparent(new TransparentEcPrivateKey(KeyAlgorithms.recommendedCurve(c.curve()), d));
    }
    throw unsupported(ObjectType.PRIVATE_KEY, format);
  }

  private static Ttlv publicKeyMaterial(byte[] spki, KeyFormatType format)
      throws KmipException, CryptoException {
    AsymmetricSpec spec = PublicKeyMaterial.fromSpki(spki).spec();
    if (format == KeyFormatType.X_509) {
      return Ttlv.bytes(Tag.KEY_MATERIAL, spki);
    }
    if (spec instanceof AsymmetricSpec.Rsa) {
      if (format == KeyFormatType.PKCS_1) {
        return Ttlv.bytes(Tag.KEY_MATERIAL, rsaSpkiToPkcs1(spki));
      }
      if (format == KeyFormatType.TRANSPARENT_RSA_PUBLIC_KEY) {
        RsaPublicComponents c = rsaPublicComponents(spki);
        return transparent(new TransparentRsaPublicKey(c.modulus(), c.publicExponent()));
      }
    } else if (EC_PUBLIC_TRANSPARENT.contains(format)) {
      EcPublicComponents c = ecPublicComponents(spki);
      return transparent(
          new TransparentEcPublicKey(KeyAlgorithms.recommendedCurve(c.curve()), c.point()));
    }
    throw unsupported(ObjectType.PUBLIC_KEY, format);
  }

  private static AsymmetricSpec describePrivate(byte[] pkcs8) throws CryptoException {
    PrivateKeyMaterial key = PrivateKeyMaterial.fromPkcs8(pkcs8);
    try {
      return key.spec();
    } finally {
      key.destroy();
    }
  }

  private static EcCurve curve(RecommendedCurve c) throws KmipException {
    return KeyAlgorithms.curve(c)
        .orElseThrow(
            () ->
                new KmipException(
                    ResultReason.INVALID_FIELD, "the curve " + c.specName() + " is not supported"));
  }

  private static Ttlv transparent(TransparentKeyMaterial material) {
    return TtlvBinder.encode(Tag.KEY_MATERIAL, (Record) material);
  }

  private static void requireFormat(ObjectType type, KeyFormatType format, KeyFormatType only)
      throws KmipException {
    if (format != only) {
      throw unsupported(type, format);
    }
  }

  private static KmipException unsupported(ObjectType type, KeyFormatType format) {
    return new KmipException(
        ResultReason.KEY_FORMAT_TYPE_NOT_SUPPORTED,
        "a " + type.specName() + " cannot be given as " + format.specName());
  }
}
