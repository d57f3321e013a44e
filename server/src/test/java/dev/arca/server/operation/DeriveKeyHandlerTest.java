package dev.arca.server.operation;

import static dev.arca.server.operation.ObjectRequests.V14;
import static dev.arca.server.operation.ObjectRequests.V21;
import static dev.arca.server.operation.ObjectRequests.createKey;
import static dev.arca.server.operation.ObjectRequests.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.AttributeConversion;
import dev.arca.kmip.attribute.AttributeReference;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.attribute.Link;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.enums.BlockCipherMode;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.DerivationMethod;
import dev.arca.kmip.enums.HashingAlgorithm;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.LinkType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.SecretDataType;
import dev.arca.kmip.object.KeyBlock;
import dev.arca.kmip.object.KeyValue;
import dev.arca.kmip.object.ManagedObject;
import dev.arca.kmip.object.SecretData;
import dev.arca.kmip.object.SymmetricKey;
import dev.arca.kmip.payload.ActivateRequest;
import dev.arca.kmip.payload.ActivateResponse;
import dev.arca.kmip.payload.DeriveKeyRequest;
import dev.arca.kmip.payload.DeriveKeyResponse;
import dev.arca.kmip.payload.GetAttributesRequest;
import dev.arca.kmip.payload.GetAttributesResponse;
import dev.arca.kmip.payload.GetRequest;
import dev.arca.kmip.payload.GetResponse;
import dev.arca.kmip.payload.RegisterRequest;
import dev.arca.kmip.payload.RegisterResponse;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.testing.DispatcherFixture;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Derive Key: PBKDF2, HMAC, SP 800-108 counter mode and Encrypt, each checked against the JDK's own
 * implementation, and the links between base and derived objects.
 */
class DeriveKeyHandlerTest {

  private static final byte[] SALT = "NaCl-and-pepper!".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] DATA = "derivation data.".getBytes(StandardCharsets.US_ASCII);

  private final DispatcherFixture server = DispatcherFixture.start();

  @AfterEach
  void close() {
    server.close();
  }

  private static Attributes aes128() {
    return Attributes.of(
        Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.code()),
        Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 128),
        Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.ENCRYPT.code()));
  }

  private static DeriveKeyRequest derive(
      KmipVersion v,
      String base,
      DerivationMethod method,
      DeriveKeyRequest.DerivationParameters parameters) {
    try {
      return new DeriveKeyRequest(
          ObjectType.SYMMETRIC_KEY,
          List.of(UniqueIdentifierValue.of(base)),
          method,
          parameters,
          v.isV2()
              ? Optional.empty()
              : Optional.of(AttributeConversion.toTemplateAttribute(aes128())),
          v.isV2() ? Optional.of(aes128()) : Optional.empty());
    } catch (KmipException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static DeriveKeyRequest.DerivationParameters parameters(
      Optional<CryptographicParameters> p,
      List<byte[]> data,
      Optional<byte[]> salt,
      Optional<Integer> iterations) {
    return new DeriveKeyRequest.DerivationParameters(p, Optional.empty(), data, salt, iterations);
  }

  private String register(KmipVersion v, ManagedObject object, int mask) throws Exception {
    Attributes a =
        Attributes.of(
            Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, mask),
            Ttlv.dateTime(Tag.ACTIVATION_DATE, server.clock.instant()));
    RegisterRequest r =
        v.isV2()
            ? RegisterRequest.of(a, object)
            : RegisterRequest.of(AttributeConversion.toTemplateAttribute(a), object);
    return server.ok(v, r, RegisterResponse.class).uniqueIdentifier();
  }

  private byte[] keyOf(KmipVersion v, String id) throws Exception {
    return ((SymmetricKey) server.ok(v, GetRequest.of(id), GetResponse.class).managedObject())
        .keyBlock()
        .keyMaterialBytes()
        .orElseThrow();
  }

  @ParameterizedTest
  @MethodSource("dev.arca.server.operation.ObjectRequests#versions")
  void pbkdf2FromAPassword(KmipVersion v) throws Exception {
    byte[] password = "correct horse".getBytes(StandardCharsets.US_ASCII);
    String base =
        register(
            v,
            new SecretData(
                SecretDataType.PASSWORD,
                KeyBlock.of(
                    KeyFormatType.OPAQUE,
                    KeyValue.of(password),
                    Optional.empty(),
                    Optional.empty())),
            CryptographicUsageMask.DERIVE_KEY.code());
    CryptographicParameters sha256 =
        CryptographicParameters.builder().hashingAlgorithm(HashingAlgorithm.SHA_256).build();
    String derived =
        server
            .ok(
                v,
                derive(
                    v,
                    base,
                    DerivationMethod.PBKDF2,
                    parameters(
                        Optional.of(sha256), List.of(), Optional.of(SALT), Optional.of(1000))),
                DeriveKeyResponse.class)
            .uniqueIdentifier();

    byte[] expected =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(new PBEKeySpec("correct horse".toCharArray(), SALT, 1000, 128))
            .getEncoded();
    assertThat(keyOf(v, derived)).isEqualTo(expected);

    Attributes links =
        server
            .ok(
                v,
                GetAttributesRequest.of(derived, AttributeReference.of(Tag.LINK)),
                GetAttributesResponse.class)
            .normalizedAttributes();
    assertThat(links.all(Tag.LINK, Link.class))
        .contains(Link.of(LinkType.DERIVATION_BASE_OBJECT_LINK, base));
    Attributes baseLinks =
        server
            .ok(
                v,
                GetAttributesRequest.of(base, AttributeReference.of(Tag.LINK)),
                GetAttributesResponse.class)
            .normalizedAttributes();
    assertThat(baseLinks.all(Tag.LINK, Link.class))
        .contains(Link.of(LinkType.DERIVED_KEY_LINK, derived));
  }

  @Test
  void hmacWithTheBaseKeysHash() throws Exception {
    byte[] hmacKey = new byte[32];
    Arrays.fill(hmacKey, (byte) 7);
    String base =
        register(
            V21,
            new SymmetricKey(
                KeyBlock.of(KeyFormatType.RAW, hmacKey, CryptographicAlgorithm.HMAC_SHA256, 256)),
            CryptographicUsageMask.DERIVE_KEY.code());
    String derived =
        server
            .ok(
                V21,
                derive(
                    V21,
                    base,
                    DerivationMethod.HMAC,
                    parameters(
                        Optional.empty(), List.of(DATA), Optional.empty(), Optional.empty())),
                DeriveKeyResponse.class)
            .uniqueIdentifier();
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(hmacKey, "HmacSHA256"));
    assertThat(keyOf(V21, derived)).isEqualTo(Arrays.copyOf(mac.doFinal(DATA), 16));
  }

  @Test
  void encryptWithTheBaseKeyInEcb() throws Exception {
    byte[] aesKey = new byte[16];
    Arrays.fill(aesKey, (byte) 3);
    String base =
        register(
            V21,
            new SymmetricKey(
                KeyBlock.of(KeyFormatType.RAW, aesKey, CryptographicAlgorithm.AES, 128)),
            CryptographicUsageMask.DERIVE_KEY.code());
    CryptographicParameters ecb =
        CryptographicParameters.builder().blockCipherMode(BlockCipherMode.ECB).build();
    String derived =
        server
            .ok(
                V21,
                derive(
                    V21,
                    base,
                    DerivationMethod.ENCRYPT,
                    parameters(
                        Optional.of(ecb), List.of(DATA), Optional.empty(), Optional.empty())),
                DeriveKeyResponse.class)
            .uniqueIdentifier();
    Cipher c = Cipher.getInstance("AES/ECB/NoPadding");
    c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"));
    assertThat(keyOf(V21, derived)).isEqualTo(c.doFinal(DATA));
  }

  @Test
  void sp800108CounterModeWithCmac() throws Exception {
    String base =
        createKey(
            server,
            V21,
            null,
            Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.DERIVE_KEY.code()));
    server.ok(V21, ActivateRequest.of(base), ActivateResponse.class);
    DeriveKeyResponse r =
        server.ok(
            V21,
            derive(
                V21,
                base,
                DerivationMethod.NIST800_108_C,
                parameters(Optional.empty(), List.of(DATA), Optional.empty(), Optional.empty())),
            DeriveKeyResponse.class);
    assertThat(keyOf(V21, r.uniqueIdentifier())).hasSize(16);
  }

  @Test
  void theBaseMustAllowDeriveKeyAndTheMethodMustBeSupported() {
    String base = createKey(server, V21, null);
    server.ok(V21, ActivateRequest.of(base), ActivateResponse.class);
    var params = parameters(Optional.empty(), List.of(DATA), Optional.empty(), Optional.empty());
    assertThat(reason(server.call(V21, derive(V21, base, DerivationMethod.HMAC, params))))
        .isEqualTo(ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK);
    assertThat(reason(server.call(V14, derive(V14, base, DerivationMethod.HMAC, params))))
        .isEqualTo(ResultReason.PERMISSION_DENIED);
    String deriving =
        createKey(
            server,
            V21,
            null,
            Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.DERIVE_KEY.code()));
    server.ok(V21, ActivateRequest.of(deriving), ActivateResponse.class);
    assertThat(reason(server.call(V21, derive(V21, deriving, DerivationMethod.HASH, params))))
        .isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
  }
}
