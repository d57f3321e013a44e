package dev.arca.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Property tests: every symmetric mode decrypts what it encrypts, for any length it accepts. */
class SymmetricRoundTripTest {

  private final CryptoService crypto = Fixtures.service();

  @Property(tries = 40)
  void gcmRoundTrips(
      @ForAll @Size(max = 600) byte[] plain,
      @ForAll @Size(max = 40) byte[] aad,
      @ForAll @IntRange(min = 4, max = 16) int tagLength,
      @ForAll("aesSizes") int keyBits)
      throws CryptoException {
    SecretKeyMaterial key = crypto.generateSymmetric(SymmetricAlgorithm.AES, keyBits);
    CipherSpec spec = CipherSpec.gcm(null, tagLength, aad);
    Encrypted out = crypto.encrypt(key, spec, plain);
    assertThat(out.iv()).hasSize(12);
    assertThat(out.tag()).hasSize(tagLength);
    assertThat(out.ciphertext()).hasSize(plain.length);
    assertThat(crypto.decrypt(key, spec.withIv(out.iv()), out.ciphertext(), out.tag()))
        .isEqualTo(plain);
  }

  @Property(tries = 40)
  void cbcWithPaddingRoundTrips(
      @ForAll @Size(max = 300) byte[] plain, @ForAll("aesSizes") int keyBits)
      throws CryptoException {
    SecretKeyMaterial key = crypto.generateSymmetric(SymmetricAlgorithm.AES, keyBits);
    Encrypted out = crypto.encrypt(key, CipherSpec.cbc(Padding.PKCS5, null), plain);
    assertThat(out.ciphertext().length % 16).isZero();
    assertThat(out.ciphertext().length).isGreaterThan(plain.length);
    assertThat(crypto.decrypt(key, CipherSpec.cbc(Padding.PKCS5, out.iv()), out.ciphertext()))
        .isEqualTo(plain);
  }

  @Property(tries = 30)
  void ecbWithPaddingRoundTrips(@ForAll @Size(max = 300) byte[] plain) throws CryptoException {
    SecretKeyMaterial key = crypto.generateSymmetric(SymmetricAlgorithm.AES, 128);
    CipherSpec spec = CipherSpec.ecb(Padding.PKCS5);
    Encrypted out = crypto.encrypt(key, spec, plain);
    assertThat(out.iv()).isEmpty();
    assertThat(crypto.decrypt(key, spec, out.ciphertext())).isEqualTo(plain);
  }

  @Property(tries = 30)
  void ctrRoundTrips(@ForAll @Size(max = 300) byte[] plain) throws CryptoException {
    SecretKeyMaterial key = crypto.generateSymmetric(SymmetricAlgorithm.AES, 256);
    Encrypted out = crypto.encrypt(key, CipherSpec.ctr(null), plain);
    assertThat(out.iv()).hasSize(16);
    assertThat(out.ciphertext()).hasSize(plain.length);
    assertThat(crypto.decrypt(key, CipherSpec.ctr(out.iv()), out.ciphertext())).isEqualTo(plain);
  }

  @Property(tries = 40)
  void xtsRoundTrips(
      @ForAll @Size(min = 16, max = 300) byte[] plain,
      @ForAll @Size(value = 16) byte[] tweak,
      @ForAll("xtsSizes") int keyBits)
      throws CryptoException {
    SecretKeyMaterial key = crypto.generateSymmetric(SymmetricAlgorithm.AES, keyBits);
    CipherSpec spec = CipherSpec.xts(tweak);
    byte[] cipher = crypto.encrypt(key, spec, plain).ciphertext();
    assertThat(cipher).hasSize(plain.length);
    assertThat(crypto.decrypt(key, spec, cipher)).isEqualTo(plain);
  }

  @Property(tries = 20)
  void tripleDesRoundTrips(@ForAll @Size(max = 200) byte[] plain, @ForAll("tdesSizes") int keyBits)
      throws CryptoException {
    SecretKeyMaterial key = crypto.generateSymmetric(SymmetricAlgorithm.TRIPLE_DES, keyBits);
    Encrypted cbc = crypto.encrypt(key, CipherSpec.cbc(Padding.PKCS5, null), plain);
    assertThat(cbc.iv()).hasSize(8);
    assertThat(crypto.decrypt(key, CipherSpec.cbc(Padding.PKCS5, cbc.iv()), cbc.ciphertext()))
        .isEqualTo(plain);
    Encrypted ecb = crypto.encrypt(key, CipherSpec.ecb(Padding.PKCS5), plain);
    assertThat(crypto.decrypt(key, CipherSpec.ecb(Padding.PKCS5), ecb.ciphertext()))
        .isEqualTo(plain);
  }

  @Property(tries = 30)
  void keyWrapRoundTrips(
      @ForAll @Size(min = 1, max = 200) byte[] material, @ForAll("aesSizes") int kekBits)
      throws CryptoException {
    SecretKeyMaterial kek = crypto.generateSymmetric(SymmetricAlgorithm.AES, kekBits);
    byte[] kwp = crypto.wrap(kek, KeyWrapAlgorithm.AES_KWP, material);
    assertThat(crypto.unwrap(kek, KeyWrapAlgorithm.AES_KWP, kwp)).isEqualTo(material);
    byte[] gcm = crypto.wrap(kek, KeyWrapAlgorithm.AES_GCM, material);
    assertThat(gcm).hasSize(12 + material.length + 16);
    assertThat(crypto.unwrap(kek, KeyWrapAlgorithm.AES_GCM, gcm)).isEqualTo(material);
    if (material.length >= 16 && material.length % 8 == 0) {
      byte[] kw = crypto.wrap(kek, KeyWrapAlgorithm.AES_KW, material);
      assertThat(kw).hasSize(material.length + 8);
      assertThat(crypto.unwrap(kek, KeyWrapAlgorithm.AES_KW, kw)).isEqualTo(material);
    }
  }

  @Provide
  Arbitrary<Integer> aesSizes() {
    return Arbitraries.of(128, 192, 256);
  }

  @Provide
  Arbitrary<Integer> xtsSizes() {
    return Arbitraries.of(256, 512);
  }

  @Provide
  Arbitrary<Integer> tdesSizes() {
    return Arbitraries.of(112, 168, 192);
  }
}
