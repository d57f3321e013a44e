package dev.arca.core.crypto;

import static dev.arca.core.crypto.Fixtures.hex;
import static dev.arca.core.crypto.SymmetricCipherTest.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.crypto.CryptoException.Reason;
import dev.arca.core.crypto.KeyFormats.EcPrivateComponents;
import dev.arca.core.crypto.KeyFormats.EcPublicComponents;
import dev.arca.core.crypto.KeyFormats.RsaPrivateComponents;
import dev.arca.core.crypto.KeyFormats.RsaPublicComponents;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Key format conversions round-trip and agree with the JDK's KeyFactory. */
class KeyFormatsTest {

  private final CryptoService crypto = Fixtures.service();

  @Test
  void rsaPrivateKeyFormats() throws Exception {
    byte[] pkcs8 = Fixtures.rsaSigningPair().privateKey().encoded();
    byte[] pkcs1 = KeyFormats.rsaPkcs8ToPkcs1(pkcs8);
    assertThat(KeyFormats.rsaPkcs1ToPkcs8(pkcs1)).isEqualTo(pkcs8);

    RsaPrivateComponents c = KeyFormats.rsaPrivateComponents(pkcs8);
    RSAPrivateCrtKey jdk =
        (RSAPrivateCrtKey)
            KeyFactory.getInstance("RSA", "SunRsaSign")
                .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    assertThat(c.modulus()).isEqualTo(jdk.getModulus());
    assertThat(c.publicExponent()).isEqualTo(jdk.getPublicExponent());
    assertThat(c.privateExponent()).isEqualTo(jdk.getPrivateExponent());
    assertThat(c.prime1()).isEqualTo(jdk.getPrimeP());
    assertThat(c.prime2()).isEqualTo(jdk.getPrimeQ());
    assertThat(c.exponent1()).isEqualTo(jdk.getPrimeExponentP());
    assertThat(c.exponent2()).isEqualTo(jdk.getPrimeExponentQ());
    assertThat(c.coefficient()).isEqualTo(jdk.getCrtCoefficient());
    assertThat(KeyFormats.rsaPrivatePkcs8(c)).isEqualTo(pkcs8).isEqualTo(jdk.getEncoded());
    assertThat(c.toString()).isEqualTo("RsaPrivateComponents[2048 bits]");
  }

  @Test
  void rsaPublicKeyFormats() throws Exception {
    byte[] spki = Fixtures.rsaSigningPair().publicKey().encoded();
    byte[] pkcs1 = KeyFormats.rsaSpkiToPkcs1(spki);
    assertThat(KeyFormats.rsaPkcs1ToSpki(pkcs1)).isEqualTo(spki);
    RsaPublicComponents c = KeyFormats.rsaPublicComponents(spki);
    RSAPublicKey jdk =
        (RSAPublicKey)
            KeyFactory.getInstance("RSA", "SunRsaSign")
                .generatePublic(new X509EncodedKeySpec(spki));
    assertThat(c.modulus()).isEqualTo(jdk.getModulus());
    assertThat(c.publicExponent()).isEqualTo(jdk.getPublicExponent());
    assertThat(KeyFormats.rsaPublicSpki(c)).isEqualTo(spki).isEqualTo(jdk.getEncoded());
  }

  @ParameterizedTest
  @EnumSource(
      value = EcCurve.class,
      names = {"P_256", "P_384", "P_521"})
  void ecKeyFormats(EcCurve curve) throws Exception {
    KeyPairMaterial pair = crypto.generateKeyPair(AsymmetricSpec.ec(curve));
    byte[] pkcs8 = pair.privateKey().encoded();
    byte[] spki = pair.publicKey().encoded();
    KeyFactory jdkFactory = KeyFactory.getInstance("EC", "SunEC");
    ECPrivateKey jdkPrivate =
        (ECPrivateKey) jdkFactory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    ECPublicKey jdkPublic = (ECPublicKey) jdkFactory.generatePublic(new X509EncodedKeySpec(spki));

    EcPrivateComponents priv = KeyFormats.ecPrivateComponents(pkcs8);
    assertThat(priv.curve()).isEqualTo(curve);
    assertThat(priv.privateValue()).isEqualTo(jdkPrivate.getS());
    assertThat(priv.toString()).isEqualTo("EcPrivateComponents[" + curve.displayName() + "]");

    byte[] rebuilt = KeyFormats.ecPrivatePkcs8(priv);
    ECPrivateKey jdkRebuilt =
        (ECPrivateKey) jdkFactory.generatePrivate(new PKCS8EncodedKeySpec(rebuilt));
    assertThat(jdkRebuilt.getS()).isEqualTo(jdkPrivate.getS());
    assertThat(KeyFormats.ecPrivateComponents(rebuilt)).isEqualTo(priv);

    byte[] sec1 = KeyFormats.ecPkcs8ToSec1(pkcs8);
    assertThat(KeyFormats.ecPrivateComponents(KeyFormats.ecSec1ToPkcs8(sec1))).isEqualTo(priv);

    EcPublicComponents pub = KeyFormats.ecPublicComponents(spki);
    int size = (curve.fieldBits() + 7) / 8;
    byte[] expectedPoint =
        Bytes.concat(
            new byte[] {4},
            fixed(jdkPublic.getW().getAffineX(), size),
            fixed(jdkPublic.getW().getAffineY(), size));
    assertThat(pub.point()).isEqualTo(expectedPoint);
    assertThat(KeyFormats.ecPublicSpki(pub)).isEqualTo(spki).isEqualTo(jdkPublic.getEncoded());

    // The converted private key still signs for the original public key.
    PrivateKeyMaterial reparsed = PrivateKeyMaterial.fromPkcs8(rebuilt);
    SignatureSpec spec = SignatureSpec.ecdsa(DigestAlgorithm.SHA256);
    byte[] signature = crypto.sign(reparsed, spec, new byte[] {7});
    assertThat(crypto.verify(pair.publicKey(), spec, new byte[] {7}, signature)).isTrue();
  }

  @Test
  void compressedPointsAreAcceptedAndNormalised() throws CryptoException {
    KeyPairMaterial pair = crypto.generateKeyPair(AsymmetricSpec.ec(EcCurve.P_256));
    byte[] q = KeyFormats.ecPublicComponents(pair.publicKey().encoded()).point();
    byte[] compressed = new byte[33];
    compressed[0] = (byte) ((q[64] & 1) == 0 ? 0x02 : 0x03);
    System.arraycopy(q, 1, compressed, 1, 32);
    byte[] spki = KeyFormats.ecPublicSpki(new EcPublicComponents(EcCurve.P_256, compressed));
    assertThat(spki).isEqualTo(pair.publicKey().encoded());
  }

  @Test
  void handlesBuildFromImportedEncodings() throws CryptoException {
    PrivateKeyMaterial imported =
        PrivateKeyMaterial.fromPkcs8(Fixtures.rsaSigningPair().privateKey().encoded());
    assertThat(imported.spec()).isEqualTo(AsymmetricSpec.rsa(2048));
    PublicKeyMaterial importedPublic =
        PublicKeyMaterial.fromSpki(Fixtures.rsaSigningPair().publicKey().encoded());
    SignatureSpec spec = SignatureSpec.rsaPkcs1(DigestAlgorithm.SHA256);
    assertThat(
            crypto.verify(
                importedPublic, spec, new byte[] {1}, crypto.sign(imported, spec, new byte[] {1})))
        .isTrue();
  }

  @Test
  void rejectsBadInput() throws CryptoException {
    byte[] pkcs8 = Fixtures.rsaSigningPair().privateKey().encoded();
    byte[] spki = Fixtures.rsaSigningPair().publicKey().encoded();

    assertReason(() -> KeyFormats.rsaPkcs8ToPkcs1(new byte[0]), Reason.INVALID_INPUT);
    assertReason(() -> KeyFormats.rsaPkcs8ToPkcs1(hex("3003020100")), Reason.INVALID_INPUT);
    assertReason(
        () -> KeyFormats.rsaPkcs8ToPkcs1(Arrays.copyOf(pkcs8, pkcs8.length - 1)),
        Reason.INVALID_INPUT);
    assertReason(
            () -> KeyFormats.rsaPkcs8ToPkcs1(Bytes.concat(pkcs8, new byte[] {0})),
            Reason.INVALID_INPUT)
        .contains("not DER");
    assertReason(() -> PublicKeyMaterial.fromSpki(hex("0102030405")), Reason.INVALID_INPUT);
    assertReason(() -> PrivateKeyMaterial.fromPkcs8(spki), Reason.INVALID_INPUT);

    RsaPrivateComponents c = KeyFormats.rsaPrivateComponents(pkcs8);
    RsaPrivateComponents wrongD =
        new RsaPrivateComponents(
            c.modulus(),
            c.publicExponent(),
            c.privateExponent().add(BigInteger.TWO),
            c.prime1(),
            c.prime2(),
            c.exponent1(),
            c.exponent2(),
            c.coefficient());
    assertReason(() -> KeyFormats.rsaPrivatePkcs8(wrongD), Reason.INVALID_INPUT)
        .isEqualTo("RSA private key components are inconsistent")
        .doesNotContain(c.privateExponent().toString(16).substring(0, 16));
    assertReason(
            () -> KeyFormats.rsaPublicSpki(new RsaPublicComponents(c.modulus(), BigInteger.TWO)),
            Reason.INVALID_INPUT)
        .contains("public exponent");

    KeyPairMaterial ec = crypto.generateKeyPair(AsymmetricSpec.ec(EcCurve.P_256));
    assertReason(() -> KeyFormats.rsaPkcs8ToPkcs1(ec.privateKey().encoded()), Reason.INVALID_INPUT)
        .isEqualTo("not an RSA private key");
    byte[] q = KeyFormats.ecPublicComponents(ec.publicKey().encoded()).point();
    q[64] ^= 1; // off the curve
    assertReason(
            () -> KeyFormats.ecPublicSpki(new EcPublicComponents(EcCurve.P_256, q)),
            Reason.INVALID_INPUT)
        .contains("P-256");
    assertReason(
            () ->
                KeyFormats.ecPrivatePkcs8(new EcPrivateComponents(EcCurve.P_256, BigInteger.ZERO)),
            Reason.INVALID_INPUT)
        .contains("out of range");
  }

  private static byte[] fixed(BigInteger value, int length) {
    byte[] raw = value.toByteArray();
    byte[] out = new byte[length];
    int copy = Math.min(raw.length, length);
    System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
    return out;
  }
}
