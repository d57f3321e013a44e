package dev.arca.bench.load;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.AttributeConversion;
import dev.arca.kmip.attribute.AttributeReference;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.attribute.Name;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.RevocationReasonCode;
import dev.arca.kmip.message.Authentication;
import dev.arca.kmip.message.Credential;
import dev.arca.kmip.message.ProtocolVersion;
import dev.arca.kmip.message.RequestBatchItem;
import dev.arca.kmip.message.RequestHeader;
import dev.arca.kmip.message.RequestMessage;
import dev.arca.kmip.message.UsernamePassword;
import dev.arca.kmip.object.KeyBlock;
import dev.arca.kmip.object.SymmetricKey;
import dev.arca.kmip.payload.ActivateRequest;
import dev.arca.kmip.payload.CreateKeyPairRequest;
import dev.arca.kmip.payload.CreateRequest;
import dev.arca.kmip.payload.DecryptRequest;
import dev.arca.kmip.payload.DestroyRequest;
import dev.arca.kmip.payload.EncryptRequest;
import dev.arca.kmip.payload.GetAttributesRequest;
import dev.arca.kmip.payload.GetRequest;
import dev.arca.kmip.payload.LocateRequest;
import dev.arca.kmip.payload.MacRequest;
import dev.arca.kmip.payload.Payloads;
import dev.arca.kmip.payload.RegisterRequest;
import dev.arca.kmip.payload.RequestPayload;
import dev.arca.kmip.payload.RevokeRequest;
import dev.arca.kmip.payload.SignRequest;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The requests of a load, encoded once in the form of the chosen protocol version: attributes as
 * KMIP 1.x Template-Attributes and Attribute structures named by text, or as KMIP 2.x Attributes.
 * Every message carries one batch item and, when the load has one, the Username and Password
 * Credential (KMIP 2.1 §9.11) in its header, as a KMIP client library sends it.
 *
 * <p>The shapes are those PyKMIP's server accepts as well as Arca: Encrypt asks for a Random IV,
 * GCM names its Tag Length (PyKMIP requires it), CBC uses PKCS#5 padding, RSA signatures name
 * algorithm, hash and padding, ECDSA names algorithm and hash, HMAC keys are registered (PyKMIP
 * cannot create them).
 */
final class KmipRequests {

  /** The attributes Get Attributes asks for: what a client checks before using a key. */
  private static final List<Tag> WANTED_ATTRIBUTES =
      List.of(
          Tag.CRYPTOGRAPHIC_ALGORITHM,
          Tag.CRYPTOGRAPHIC_LENGTH,
          Tag.CRYPTOGRAPHIC_USAGE_MASK,
          Tag.STATE);

  private final KmipVersion version;
  private final Optional<Authentication> authentication;
  private final TtlvEncoder encoder = new TtlvEncoder();

  KmipRequests(KmipVersion version, Optional<String> username, Optional<String> password) {
    this.version = version;
    this.authentication =
        username.map(u -> Authentication.of(Credential.of(new UsernamePassword(u, password))));
  }

  KmipVersion version() {
    return version;
  }

  /** One request message, binary TTLV, header included. */
  byte[] message(Operation operation, RequestPayload payload) {
    RequestHeader header = RequestHeader.of(ProtocolVersion.of(version), 1);
    if (authentication.isPresent()) {
      header = header.withAuthentication(authentication.get());
    }
    RequestMessage message =
        new RequestMessage(
            header, List.of(RequestBatchItem.of(operation, Payloads.encode(payload))));
    return encoder.encode(TtlvBinder.encode(message));
  }

  // The payloads.

  /** Create of an AES-256 key for Encrypt and Decrypt, optionally named. */
  RequestPayload createAes(Optional<String> name) {
    Attributes a =
        attributes(
            name,
            CryptographicAlgorithm.AES,
            256,
            CryptographicUsageMask.ENCRYPT,
            CryptographicUsageMask.DECRYPT);
    return version.isV2()
        ? CreateRequest.of(ObjectType.SYMMETRIC_KEY, a)
        : CreateRequest.of(ObjectType.SYMMETRIC_KEY, v1(() -> template(a)));
  }

  /** Register of a 256-bit HMAC-SHA256 key with the given material. */
  RequestPayload registerHmac(String name, byte[] material) {
    Attributes a =
        attributes(
            Optional.of(name),
            CryptographicAlgorithm.HMAC_SHA256,
            256,
            CryptographicUsageMask.MAC_GENERATE,
            CryptographicUsageMask.MAC_VERIFY);
    SymmetricKey key =
        new SymmetricKey(
            KeyBlock.of(KeyFormatType.RAW, material, CryptographicAlgorithm.HMAC_SHA256, 256));
    return version.isV2()
        ? RegisterRequest.of(a, key)
        : RegisterRequest.of(v1(() -> template(a)), key);
  }

  /** Create Key Pair: RSA-2048 or EC P-256, the private key for Sign. */
  RequestPayload createSigningPair(SignatureKind kind, String name) {
    CryptographicAlgorithm algorithm =
        kind == SignatureKind.RSA ? CryptographicAlgorithm.RSA : CryptographicAlgorithm.EC;
    int length = kind == SignatureKind.RSA ? 2048 : 256;
    Attributes common =
        Attributes.of(
            Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, algorithm.code()),
            Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, length));
    Attributes privateKey = attributes(Optional.of(name), null, 0, CryptographicUsageMask.SIGN);
    Attributes publicKey =
        attributes(Optional.of(name + "-public"), null, 0, CryptographicUsageMask.VERIFY);
    return version.isV2()
        ? CreateKeyPairRequest.of(common, privateKey, publicKey)
        : v1(
            () ->
                CreateKeyPairRequest.of(
                    template(common), template(privateKey), template(publicKey)));
  }

  RequestPayload activate(String id) {
    return ActivateRequest.of(id);
  }

  RequestPayload revoke(String id) {
    return RevokeRequest.of(id, RevocationReasonCode.CESSATION_OF_OPERATION);
  }

  RequestPayload destroy(String id) {
    return DestroyRequest.of(id);
  }

  RequestPayload get(String id) {
    return GetRequest.of(id);
  }

  RequestPayload getAttributes(String id) {
    if (version.isV2()) {
      List<AttributeReference> refs = new ArrayList<>();
      for (Tag t : WANTED_ATTRIBUTES) {
        refs.add(AttributeReference.of(t));
      }
      return new GetAttributesRequest(Optional.of(UniqueIdentifierValue.of(id)), List.of(), refs);
    }
    List<String> names = new ArrayList<>();
    for (Tag t : WANTED_ATTRIBUTES) {
      names.add(v1(() -> AttributeReference.of(t).v1Name()));
    }
    return new GetAttributesRequest(Optional.of(UniqueIdentifierValue.of(id)), names, List.of());
  }

  /** Locate by Name: the pool key's identifier. */
  RequestPayload locateByName(String name) {
    Attributes criteria = Attributes.of(TtlvBinder.encode(Tag.NAME, Name.of(name)));
    return new LocateRequest(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        version.isV2() ? List.of() : v1(() -> AttributeConversion.toV1(criteria)),
        version.isV2() ? Optional.of(criteria) : Optional.empty());
  }

  RequestPayload encrypt(String id, AesMode mode, byte[] data) {
    return EncryptRequest.of(id, mode.parameters(), data);
  }

  RequestPayload decrypt(String id, AesMode mode, byte[] data, byte[] iv, Optional<byte[]> tag) {
    DecryptRequest d = DecryptRequest.of(id, mode.parameters(), data).withIvCounterNonce(iv);
    return tag.isPresent() ? d.withAuthenticatedEncryptionTag(tag.get()) : d;
  }

  RequestPayload sign(String id, SignatureKind kind, byte[] data) {
    return SignRequest.of(id, kind.parameters(), data);
  }

  RequestPayload mac(String id, byte[] data) {
    return MacRequest.of(
        id,
        CryptographicParameters.builder()
            .cryptographicAlgorithm(CryptographicAlgorithm.HMAC_SHA256)
            .build(),
        data);
  }

  // Helpers.

  private static Attributes attributes(
      Optional<String> name,
      CryptographicAlgorithm algorithm,
      int length,
      CryptographicUsageMask... usage) {
    List<Ttlv> items = new ArrayList<>();
    name.ifPresent(n -> items.add(TtlvBinder.encode(Tag.NAME, Name.of(n))));
    if (algorithm != null) {
      items.add(Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, algorithm.code()));
      items.add(Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, length));
    }
    int mask = 0;
    for (CryptographicUsageMask u : usage) {
      mask |= u.code();
    }
    items.add(Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, mask));
    return Attributes.of(items);
  }

  private static dev.arca.kmip.attribute.TemplateAttribute template(Attributes a)
      throws KmipException {
    return AttributeConversion.toTemplateAttribute(a);
  }

  /** A KMIP 1.x conversion of attributes built here; they all have a 1.x form. */
  private static <T> T v1(Conversion<T> conversion) {
    try {
      return conversion.get();
    } catch (KmipException e) {
      throw new IllegalStateException("no KMIP 1.x form: " + e.getMessage(), e);
    }
  }

  private interface Conversion<T> {
    T get() throws KmipException;
  }
}
