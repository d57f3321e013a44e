package dev.arca.server.operation;

import dev.arca.core.crypto.CipherMode;
import dev.arca.core.crypto.CipherSpec;
import dev.arca.core.crypto.DigestAlgorithm;
import dev.arca.core.crypto.MacAlgorithm;
import dev.arca.core.crypto.Padding;
import dev.arca.core.crypto.RsaEncryptionSpec;
import dev.arca.core.crypto.SignatureScheme;
import dev.arca.core.crypto.SignatureSpec;
import dev.arca.core.crypto.SymmetricAlgorithm;
import dev.arca.core.key.AttributeSet;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.enums.BlockCipherMode;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.DigitalSignatureAlgorithm;
import dev.arca.kmip.enums.HashingAlgorithm;
import dev.arca.kmip.enums.MaskGenerator;
import dev.arca.kmip.enums.PaddingMethod;
import dev.arca.kmip.enums.ResultReason;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Maps KMIP Cryptographic Parameters (KMIP 1.4 §3.6, 2.1 §4.16) and the key's Cryptographic
 * Algorithm onto the crypto boundary's vocabulary: {@link CipherSpec}, {@link RsaEncryptionSpec},
 * {@link SignatureSpec}, {@link MacAlgorithm}, {@link DigestAlgorithm}. The one place where KMIP
 * parameter names meet the boundary's, so every handler accepts and refuses the same combinations.
 *
 * <p>Refusals name the parameter: Invalid Field for a value that is wrong or missing for the key or
 * operation, Feature Not Supported for a valid KMIP value the server does not implement. Which
 * algorithms FIPS mode allows is the boundary's decision, not this class's.
 */
public final class CryptoParameters {

  /** SP 800-38D §8.2: the 96-bit IV the module generates itself. */
  private static final int GCM_DEFAULT_IV_BITS = 96;

  /**
   * KMIP 2.1 §4.16: "Initial Counter Value is the starting counter value for CTR mode (for
   * [RFC3686] it is 1)" — the default when a Counter Length is given without one.
   */
  private static final int DEFAULT_INITIAL_COUNTER = 1;

  /** RFC 8017 §9.1 and A.2.3: the trailer field value 1 is the one-byte trailer 0xBC. */
  private static final int STANDARD_TRAILER = 1;

  private CryptoParameters() {}

  // ---- which parameters apply ---------------------------------------------------------------

  /**
   * The parameters of an operation: those in the request; when the request has none, the key's
   * Cryptographic Parameters attribute with the lowest index (KMIP 1.4 §4.29–4.34: "If omitted then
   * the Cryptographic Parameters associated with the Managed Cryptographic Object with the lowest
   * Attribute Index SHALL be used"); when the key has none either, no parameters.
   */
  public static CryptographicParameters effective(
      Optional<CryptographicParameters> requested, AttributeSet keyAttributes)
      throws KmipException {
    if (requested.isPresent()) {
      return requested.get();
    }
    return stored(keyAttributes).orElse(CryptographicParameters.empty());
  }

  /** The key's own Cryptographic Parameters attribute with the lowest index, if any. */
  static Optional<CryptographicParameters> stored(AttributeSet keyAttributes) throws KmipException {
    if (!keyAttributes.contains(Tag.CRYPTOGRAPHIC_PARAMETERS)) {
      return Optional.empty();
    }
    List<CryptographicParameters> all =
        keyAttributes.records(Tag.CRYPTOGRAPHIC_PARAMETERS, CryptographicParameters.class);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  // ---- symmetric encryption ---------------------------------------------------------------------

  /**
   * A block cipher a request asks for, before its IV is settled: the key algorithm, mode, padding,
   * GCM tag length and the IV rules of KMIP 2.1 §4.16 (Random IV, IV Length, Fixed and Invocation
   * Field Length, Counter Length, Initial Counter Value).
   *
   * @param keyAlgorithm AES or Triple-DES
   * @param tagLength GCM tag length in bytes; 0 for other modes
   * @param ivLengthBits the IV Length, if given
   * @param fixedFieldBits the Fixed Field Length, if given
   * @param invocationFieldBits the Invocation Field Length, if given
   * @param counterBits the Counter Length, if given (CTR)
   * @param initialCounter the Initial Counter Value, if given (CTR)
   */
  public record BlockCipher(
      SymmetricAlgorithm keyAlgorithm,
      CipherMode mode,
      Padding padding,
      int tagLength,
      boolean randomIv,
      OptionalInt ivLengthBits,
      OptionalInt fixedFieldBits,
      OptionalInt invocationFieldBits,
      OptionalInt counterBits,
      OptionalInt initialCounter) {

    /** The cipher's block size in bytes. */
    public int blockBytes() {
      return keyAlgorithm == SymmetricAlgorithm.AES ? 16 : 8;
    }

    /** Whether the mode takes an IV, counter block, nonce or tweak. */
    public boolean takesIv() {
      return mode != CipherMode.ECB;
    }

    /**
     * The boundary's spec for this cipher.
     *
     * @param iv the IV/Counter/Nonce as KMIP carries it (for CTR a nonce that the Counter Length
     *     completes, see {@link CryptoParameters#counterBlock}); {@code null} to have the boundary
     *     generate one on encryption (GCM, CBC, CTR)
     * @param aad associated data (GCM), or {@code null}
     */
    public CipherSpec spec(byte[] iv, byte[] aad) throws KmipException {
      byte[] value = counterBlock(this, iv);
      try {
        switch (mode) {
          case GCM:
            return CipherSpec.gcm(value, tagLength, aad);
          case CBC:
            return CipherSpec.cbc(padding, value);
          case ECB:
            return CipherSpec.ecb(padding);
          case CTR:
            return CipherSpec.ctr(value);
          default:
            return CipherSpec.xts(value);
        }
      } catch (IllegalArgumentException e) {
        throw new KmipException(ResultReason.INVALID_FIELD, e.getMessage());
      }
    }

    /** The same cipher without padding, for the whole blocks of a multi-part operation. */
    public CipherSpec unpaddedSpec(byte[] iv) throws KmipException {
      return new BlockCipher(
              keyAlgorithm,
              mode,
              Padding.NONE,
              tagLength,
              randomIv,
              ivLengthBits,
              fixedFieldBits,
              invocationFieldBits,
              counterBits,
              initialCounter)
          .spec(iv, null);
    }
  }

  /**
   * The block cipher for Encrypt or Decrypt with a symmetric key (KMIP 2.1 §6.1.17, §6.1.11): AES
   * in GCM, CBC, ECB, CTR or XTS, Triple-DES in CBC or ECB; padding None or PKCS5 for CBC and ECB.
   *
   * @param keyAlgorithm the key's Cryptographic Algorithm
   * @param p the effective parameters ({@link #effective})
   * @throws KmipException Invalid Field when the Block Cipher Mode is missing, the parameters do
   *     not fit the key or each other; Feature Not Supported for modes and paddings not offered
   */
  public static BlockCipher blockCipher(
      CryptographicAlgorithm keyAlgorithm, CryptographicParameters p) throws KmipException {
    SymmetricAlgorithm algorithm = cipherAlgorithm(keyAlgorithm);
    if (p.cryptographicAlgorithm().isPresent()
        && p.cryptographicAlgorithm().get() != keyAlgorithm) {
      throw invalid(
          "Cryptographic Algorithm "
              + p.cryptographicAlgorithm().get().specName()
              + " does not match the key's "
              + keyAlgorithm.specName());
    }
    BlockCipherMode kmipMode =
        p.blockCipherMode()
            .orElseThrow(
                () ->
                    invalid(
                        "no Block Cipher Mode in the request or in the key's Cryptographic"
                            + " Parameters"));
    CipherMode mode = cipherMode(kmipMode);
    if (algorithm == SymmetricAlgorithm.TRIPLE_DES
        && mode != CipherMode.CBC
        && mode != CipherMode.ECB) {
      throw unsupported("Block Cipher Mode " + kmipMode.specName() + " with a 3DES key");
    }
    Padding padding = padding(p.paddingMethod());
    if (padding != Padding.NONE && mode != CipherMode.CBC && mode != CipherMode.ECB) {
      throw invalid(
          "Padding Method "
              + p.paddingMethod().get().specName()
              + " does not apply to Block Cipher Mode "
              + kmipMode.specName());
    }
    int tagLength = 0;
    if (mode == CipherMode.GCM) {
      tagLength = p.tagLength().orElse(CipherSpec.DEFAULT_TAG_LENGTH);
      // SP 800-38D §5.2.1.2: 128, 120, 112, 104, 96 bits, and 64 or 32 for special uses.
      if (tagLength < 4 || tagLength > 16) {
        throw invalid("Tag Length " + tagLength + " is outside 4..16 bytes for GCM");
      }
    } else if (p.tagLength().isPresent()) {
      throw invalid("Tag Length applies to GCM only, not " + kmipMode.specName());
    }
    return new BlockCipher(
        algorithm,
        mode,
        padding,
        tagLength,
        p.randomIv().orElse(false),
        bits(p.ivLength(), "IV Length"),
        bits(p.fixedFieldLength(), "Fixed Field Length"),
        bits(p.invocationFieldLength(), "Invocation Field Length"),
        bits(p.counterLength(), "Counter Length"),
        p.initialCounterValue().map(OptionalInt::of).orElse(OptionalInt.empty()));
  }

  /** Where the IV of an encryption comes from, and whether the response returns it. */
  public record EncryptionIv(Optional<byte[]> iv, boolean generated) {

    /** The IV for {@link BlockCipher#spec}, or {@code null} to let the boundary generate one. */
    public byte[] orNull() {
      return iv.orElse(null);
    }
  }

  /** A source of random bytes for generated IVs (the boundary's DRBG). */
  @FunctionalInterface
  public interface RandomSource {
    byte[] bytes(int length) throws KmipException;
  }

  /**
   * The IV/Counter/Nonce of an encryption, as KMIP carries it (see {@link BlockCipher#spec}). The
   * request's value is used when given; a Fixed Field together with Random IV is completed with a
   * random Invocation Field (SP 800-38D §8.2.1). With none given, Random IV asks the server to
   * generate one (KMIP 2.1 §6.1.17: "MAY also be omitted from the request if the cryptographic
   * parameters indicate that the server shall generate a Random IV"); otherwise the request is
   * refused as the profile test cases expect (CS-BC-M-11/13: Invalid Message). For CTR the value
   * may be a nonce that a Counter Length completes to the counter block.
   */
  public static EncryptionIv encryptionIv(
      BlockCipher c, Optional<byte[]> given, RandomSource random) throws KmipException {
    if (!c.takesIv()) {
      rejectIv(c, given);
      return new EncryptionIv(Optional.empty(), false);
    }
    if (given.isPresent()) {
      byte[] iv = given.get();
      if (c.randomIv()
          && c.fixedFieldBits().isPresent()
          && iv.length * 8 == c.fixedFieldBits().getAsInt()) {
        int invocation =
            c.invocationFieldBits().isPresent()
                ? c.invocationFieldBits().getAsInt()
                : c.ivLengthBits().orElse(0) - c.fixedFieldBits().getAsInt();
        if (invocation <= 0) {
          throw invalid(
              "a Fixed Field needs an Invocation Field Length or an IV Length longer than it");
        }
        byte[] full = concat(iv, random.bytes(invocation / 8));
        checkIvLength(c, full);
        return new EncryptionIv(Optional.of(full), true);
      }
      checkIvLength(c, iv);
      return new EncryptionIv(Optional.of(iv), false);
    }
    if (!c.randomIv()) {
      throw missingIv(c);
    }
    OptionalInt bits = c.ivLengthBits();
    if (bits.isEmpty() && c.fixedFieldBits().isPresent() && c.invocationFieldBits().isPresent()) {
      bits = OptionalInt.of(c.fixedFieldBits().getAsInt() + c.invocationFieldBits().getAsInt());
    }
    switch (c.mode()) {
      case GCM:
        if (bits.orElse(GCM_DEFAULT_IV_BITS) == GCM_DEFAULT_IV_BITS
            && c.tagLength() == CipherSpec.DEFAULT_TAG_LENGTH) {
          // The module generates the IV inside the boundary (FIPS 140-3 IG C.H).
          return new EncryptionIv(Optional.empty(), true);
        }
        return new EncryptionIv(
            Optional.of(random.bytes(bits.orElse(GCM_DEFAULT_IV_BITS) / 8)), true);
      case CBC:
        if (bits.isPresent() && bits.getAsInt() != c.blockBytes() * 8) {
          throw invalid("IV Length for CBC must be " + c.blockBytes() * 8 + " bits");
        }
        return new EncryptionIv(Optional.empty(), true);
      case CTR:
        if (bits.isEmpty() || bits.getAsInt() == 128) {
          return new EncryptionIv(Optional.empty(), true);
        }
        byte[] nonce = random.bytes(bits.getAsInt() / 8);
        counterBlock(c, nonce);
        return new EncryptionIv(Optional.of(nonce), true);
      default:
        // XTS: a random 16-byte tweak, returned so that the data can be decrypted.
        return new EncryptionIv(Optional.of(random.bytes(16)), true);
    }
  }

  /**
   * The IV/Counter/Nonce of a decryption: required for every mode but ECB; the profile test cases
   * expect Invalid Message when it is missing (CS-BC-M-11, -12, -13).
   */
  public static Optional<byte[]> decryptionIv(BlockCipher c, Optional<byte[]> given)
      throws KmipException {
    if (!c.takesIv()) {
      rejectIv(c, given);
      return Optional.empty();
    }
    if (given.isEmpty()) {
      throw missingIv(c);
    }
    checkIvLength(c, given.get());
    return given;
  }

  /**
   * The value the boundary takes as the IV for {@code iv}: for CTR the 16-byte counter block, made
   * of the nonce and a counter of Counter Length bits starting at Initial Counter Value (SP 800-38A
   * Appendix B, RFC 3686 §4) when the nonce is shorter than a block; {@code iv} itself otherwise.
   */
  static byte[] counterBlock(BlockCipher c, byte[] iv) throws KmipException {
    if (c.mode() != CipherMode.CTR || iv == null || iv.length == c.blockBytes()) {
      return iv;
    }
    int counterBits = c.counterBits().orElse(c.blockBytes() * 8 - iv.length * 8);
    if (c.counterBits().isEmpty() || iv.length * 8 + counterBits != c.blockBytes() * 8) {
      throw invalid(
          "CTR needs a "
              + c.blockBytes()
              + "-byte counter block, or a nonce and a Counter Length that make "
              + c.blockBytes() * 8
              + " bits together; got a "
              + iv.length
              + "-byte IV/Counter/Nonce");
    }
    long initial = Integer.toUnsignedLong(c.initialCounter().orElse(DEFAULT_INITIAL_COUNTER));
    byte[] counter = new byte[counterBits / 8];
    for (int i = counter.length - 1, shift = 0; i >= 0 && shift < 64; i--, shift += 8) {
      counter[i] = (byte) (initial >>> shift);
    }
    return concat(iv, counter);
  }

  private static void rejectIv(BlockCipher c, Optional<byte[]> given) throws KmipException {
    if (given.isPresent() && given.get().length > 0) {
      throw invalid("Block Cipher Mode " + c.mode() + " takes no IV/Counter/Nonce");
    }
  }

  private static void checkIvLength(BlockCipher c, byte[] iv) throws KmipException {
    if (c.ivLengthBits().isPresent() && c.ivLengthBits().getAsInt() != iv.length * 8) {
      throw invalid(
          "the IV/Counter/Nonce has "
              + iv.length * 8
              + " bits but IV Length is "
              + c.ivLengthBits().getAsInt());
    }
    if (iv.length == 0) {
      throw invalid("the IV/Counter/Nonce is empty");
    }
  }

  private static KmipException missingIv(BlockCipher c) {
    return new KmipException(
        ResultReason.INVALID_MESSAGE,
        "Block Cipher Mode "
            + c.mode()
            + " needs an IV/Counter/Nonce in the request, or Random IV for encryption");
  }

  private static SymmetricAlgorithm cipherAlgorithm(CryptographicAlgorithm a) throws KmipException {
    switch (a) {
      case AES:
        return SymmetricAlgorithm.AES;
      case DES3:
        return SymmetricAlgorithm.TRIPLE_DES;
      case CHACHA20:
      case CHACHA20_POLY1305:
      case DES:
      case BLOWFISH:
      case CAMELLIA:
      case CAST5:
      case IDEA:
      case RC2:
      case RC4:
      case RC5:
      case SKIPJACK:
      case TWOFISH:
      case ARIA:
      case SEED:
      case SM4:
      case GOST_28147_89:
      case GOST_R_34_13_2015:
        throw unsupported("encryption with a " + a.specName() + " key");
      default:
        throw invalid("a " + a.specName() + " key cannot be used as a block cipher key");
    }
  }

  private static CipherMode cipherMode(BlockCipherMode m) throws KmipException {
    switch (m) {
      case GCM:
        return CipherMode.GCM;
      case CBC:
        return CipherMode.CBC;
      case ECB:
        return CipherMode.ECB;
      case CTR:
        return CipherMode.CTR;
      case XTS:
        return CipherMode.XTS;
      default:
        throw unsupported("Block Cipher Mode " + m.specName() + " for Encrypt and Decrypt");
    }
  }

  private static Padding padding(Optional<PaddingMethod> p) throws KmipException {
    if (p.isEmpty()) {
      return Padding.NONE;
    }
    switch (p.get()) {
      case NONE:
        return Padding.NONE;
      case PKCS5:
        return Padding.PKCS5;
      case OAEP:
      case PKCS1_V1_5:
      case PSS:
      case X9_31:
        throw invalid("Padding Method " + p.get().specName() + " does not apply to a block cipher");
      default:
        throw unsupported("Padding Method " + p.get().specName());
    }
  }

  // ---- RSA encryption -------------------------------------------------------------------------

  /**
   * RSA encryption for Encrypt with a public key and Decrypt with a private key: Padding Method
   * OAEP (RFC 8017 §7.1) with the Hashing Algorithm and the Mask Generator Hashing Algorithm, each
   * SHA-1 when omitted (KMIP 2.1 Table 59 and RFC 8017 A.2.1) and the P Source as the label L
   * (empty when omitted), or PKCS1 v1.5 (§7.2).
   */
  public static RsaEncryptionSpec rsaEncryption(CryptographicParameters p) throws KmipException {
    checkAlgorithm(p, CryptographicAlgorithm.RSA);
    PaddingMethod padding =
        p.paddingMethod()
            .orElseThrow(
                () ->
                    invalid(
                        "RSA encryption needs a Padding Method (OAEP or PKCS1 v1.5) in the"
                            + " request or the key's Cryptographic Parameters"));
    switch (padding) {
      case OAEP:
        {
          checkMaskGenerator(p);
          DigestAlgorithm digest = digest(p.hashingAlgorithm().orElse(HashingAlgorithm.SHA_1));
          DigestAlgorithm mgf =
              digest(p.maskGeneratorHashingAlgorithm().orElse(HashingAlgorithm.SHA_1));
          try {
            return RsaEncryptionSpec.oaep(digest, mgf, p.pSource().orElse(new byte[0]));
          } catch (IllegalArgumentException e) {
            throw unsupported("OAEP with " + digest + " and MGF1 with " + mgf);
          }
        }
      case PKCS1_V1_5:
        return RsaEncryptionSpec.pkcs1v15();
      default:
        throw unsupported("Padding Method " + padding.specName() + " for RSA encryption");
    }
  }

  // ---- signatures -----------------------------------------------------------------------------

  /**
   * The signature scheme for Sign and Signature Verify (KMIP 2.1 §6.1.55: "either the Digital
   * Signature Algorithm can be specified or the Cryptographic Algorithm and Hashing Algorithm
   * combination"): RSA PKCS#1 v1.5, RSASSA-PSS with MGF1 over the message hash and a Salt Length
   * (the hash length when omitted), or ECDSA.
   *
   * @param keyAlgorithm the key's Cryptographic Algorithm (RSA, EC or ECDSA)
   */
  public static SignatureSpec signature(
      CryptographicAlgorithm keyAlgorithm, CryptographicParameters p) throws KmipException {
    boolean rsaKey = keyAlgorithm == CryptographicAlgorithm.RSA;
    boolean ecKey =
        keyAlgorithm == CryptographicAlgorithm.EC || keyAlgorithm == CryptographicAlgorithm.ECDSA;
    if (!rsaKey && !ecKey) {
      if (keyAlgorithm == CryptographicAlgorithm.DSA
          || keyAlgorithm == CryptographicAlgorithm.ED25519
          || keyAlgorithm == CryptographicAlgorithm.ED448) {
        throw unsupported("signatures with a " + keyAlgorithm.specName() + " key");
      }
      throw invalid("a " + keyAlgorithm.specName() + " key cannot sign or verify");
    }
    SignatureScheme scheme;
    Optional<HashingAlgorithm> hash = p.hashingAlgorithm();
    if (p.digitalSignatureAlgorithm().isPresent()) {
      DigitalSignatureAlgorithm dsa = p.digitalSignatureAlgorithm().get();
      scheme = scheme(dsa);
      Optional<HashingAlgorithm> named = hashOf(dsa);
      if (named.isPresent()) {
        if (hash.isPresent() && hash.get() != named.get()) {
          throw invalid(
              "Hashing Algorithm "
                  + hash.get().specName()
                  + " contradicts Digital Signature Algorithm "
                  + dsa.specName());
        }
        hash = named;
      }
      if ((scheme == SignatureScheme.ECDSA) != ecKey) {
        throw invalid(
            "Digital Signature Algorithm "
                + dsa.specName()
                + " does not fit a "
                + keyAlgorithm.specName()
                + " key");
      }
    } else if (rsaKey) {
      checkAlgorithm(p, CryptographicAlgorithm.RSA);
      PaddingMethod padding =
          p.paddingMethod()
              .orElseThrow(
                  () ->
                      invalid(
                          "RSA signatures need a Digital Signature Algorithm or a Padding Method"
                              + " (PSS or PKCS1 v1.5)"));
      if (padding == PaddingMethod.PSS) {
        scheme = SignatureScheme.RSA_PSS;
      } else if (padding == PaddingMethod.PKCS1_V1_5) {
        scheme = SignatureScheme.RSA_PKCS1_V1_5;
      } else {
        throw unsupported("Padding Method " + padding.specName() + " for RSA signatures");
      }
    } else {
      if (p.cryptographicAlgorithm().isPresent()
          && p.cryptographicAlgorithm().get() != CryptographicAlgorithm.ECDSA
          && p.cryptographicAlgorithm().get() != CryptographicAlgorithm.EC) {
        throw invalid(
            "Cryptographic Algorithm "
                + p.cryptographicAlgorithm().get().specName()
                + " does not fit an EC key");
      }
      scheme = SignatureScheme.ECDSA;
    }
    if (hash.isEmpty()) {
      throw invalid(
          "the signature needs a Hashing Algorithm or a Digital Signature Algorithm that names"
              + " one");
    }
    DigestAlgorithm digest = digest(hash.get());
    int salt = 0;
    if (scheme == SignatureScheme.RSA_PSS) {
      checkMaskGenerator(p);
      if (p.maskGeneratorHashingAlgorithm().isPresent()
          && p.maskGeneratorHashingAlgorithm().get() != hash.get()) {
        throw unsupported("RSASSA-PSS with an MGF1 hash other than the message hash");
      }
      if (p.trailerField().isPresent() && p.trailerField().get() != STANDARD_TRAILER) {
        throw unsupported("Trailer Field " + p.trailerField().get());
      }
      salt = p.saltLength().orElse(digest.lengthBytes());
    } else if (p.saltLength().isPresent()) {
      throw invalid("Salt Length applies to RSASSA-PSS only");
    }
    try {
      return new SignatureSpec(scheme, digest, salt);
    } catch (IllegalArgumentException e) {
      throw unsupported(describe(scheme) + " with " + hash.get().specName());
    }
  }

  /**
   * The schemes a Signature Verify accepts for {@code spec}: itself, and when the parameters give
   * no Salt Length for RSASSA-PSS also the longest salt the key allows, emLen − hLen − 2 (RFC 8017
   * §9.1.1 step 3). Signers that follow OpenSSL's default use that length; the profile test case
   * CS-AC-M-2 verifies such a signature with no Salt Length.
   *
   * @param modulusBits the size of the verifying RSA key
   */
  public static List<SignatureSpec> verification(
      SignatureSpec spec, CryptographicParameters p, int modulusBits) {
    if (spec.scheme() != SignatureScheme.RSA_PSS || p.saltLength().isPresent()) {
      return List.of(spec);
    }
    int emLen = (modulusBits - 1 + 7) / 8;
    int longest = emLen - spec.digest().lengthBytes() - 2;
    if (longest <= spec.pssSaltLength()) {
      return List.of(spec);
    }
    try {
      return List.of(spec, SignatureSpec.rsaPss(spec.digest(), longest));
    } catch (IllegalArgumentException e) {
      return List.of(spec);
    }
  }

  private static SignatureScheme scheme(DigitalSignatureAlgorithm dsa) throws KmipException {
    switch (dsa) {
      case SHA_1_WITH_RSA_ENCRYPTION:
      case SHA_224_WITH_RSA_ENCRYPTION:
      case SHA_256_WITH_RSA_ENCRYPTION:
      case SHA_384_WITH_RSA_ENCRYPTION:
      case SHA_512_WITH_RSA_ENCRYPTION:
        return SignatureScheme.RSA_PKCS1_V1_5;
      case RSASSA_PSS:
        return SignatureScheme.RSA_PSS;
      case ECDSA_WITH_SHA_1:
      case ECDSA_WITH_SHA224:
      case ECDSA_WITH_SHA256:
      case ECDSA_WITH_SHA384:
      case ECDSA_WITH_SHA512:
        return SignatureScheme.ECDSA;
      default:
        throw unsupported("Digital Signature Algorithm " + dsa.specName());
    }
  }

  /** The hash a Digital Signature Algorithm names; empty for RSASSA-PSS, which names none. */
  private static Optional<HashingAlgorithm> hashOf(DigitalSignatureAlgorithm dsa) {
    switch (dsa) {
      case SHA_1_WITH_RSA_ENCRYPTION:
      case ECDSA_WITH_SHA_1:
        return Optional.of(HashingAlgorithm.SHA_1);
      case SHA_224_WITH_RSA_ENCRYPTION:
      case ECDSA_WITH_SHA224:
        return Optional.of(HashingAlgorithm.SHA_224);
      case SHA_256_WITH_RSA_ENCRYPTION:
      case ECDSA_WITH_SHA256:
        return Optional.of(HashingAlgorithm.SHA_256);
      case SHA_384_WITH_RSA_ENCRYPTION:
      case ECDSA_WITH_SHA384:
        return Optional.of(HashingAlgorithm.SHA_384);
      case SHA_512_WITH_RSA_ENCRYPTION:
      case ECDSA_WITH_SHA512:
        return Optional.of(HashingAlgorithm.SHA_512);
      default:
        return Optional.empty();
    }
  }

  private static String describe(SignatureScheme scheme) {
    switch (scheme) {
      case RSA_PKCS1_V1_5:
        return "RSA PKCS#1 v1.5 signatures";
      case RSA_PSS:
        return "RSASSA-PSS";
      default:
        return "ECDSA";
    }
  }

  // ---- MAC ------------------------------------------------------------------------------------

  /**
   * A MAC and the algorithm the key's bytes are handed to the boundary as.
   *
   * @param algorithm the MAC
   * @param keyAs the boundary algorithm of the key bytes
   */
  public record Mac(MacAlgorithm algorithm, SymmetricAlgorithm keyAs) {}

  /**
   * The MAC for MAC and MAC Verify (KMIP 2.1 §6.1.32: "cryptographic parameters (cryptographic
   * algorithm)"): HMAC with an HMAC key's own hash, or AES-CMAC with an AES key (Block Cipher Mode
   * CMAC or none). An AES key computes an HMAC only when its own Cryptographic Parameters attribute
   * names that HMAC (as in the profile test case CS-AC-M-4): the key's owner chose that use, a
   * request alone cannot turn a cipher key into a MAC key.
   *
   * @param keyAlgorithm the key's Cryptographic Algorithm
   * @param p the effective parameters
   * @param keyAttributes the key's attributes, for its own Cryptographic Parameters
   */
  public static Mac mac(
      CryptographicAlgorithm keyAlgorithm, CryptographicParameters p, AttributeSet keyAttributes)
      throws KmipException {
    Optional<CryptographicAlgorithm> named = p.cryptographicAlgorithm();
    Optional<MacAlgorithm> keyHmac = hmac(keyAlgorithm);
    if (keyHmac.isPresent()) {
      if (named.isPresent() && named.get() != keyAlgorithm) {
        throw invalid(
            "Cryptographic Algorithm "
                + named.get().specName()
                + " does not match the key's "
                + keyAlgorithm.specName());
      }
      return new Mac(keyHmac.get(), symmetricHmac(keyHmac.get()));
    }
    if (keyAlgorithm != CryptographicAlgorithm.AES) {
      if (isUnsupportedHmac(keyAlgorithm)) {
        throw unsupported("MAC with a " + keyAlgorithm.specName() + " key");
      }
      throw invalid("a " + keyAlgorithm.specName() + " key cannot compute a MAC");
    }
    if (named.isPresent() && hmac(named.get()).isPresent()) {
      Optional<CryptographicParameters> own = stored(keyAttributes);
      boolean ownerChose =
          own.isPresent()
              && own.get().cryptographicAlgorithm().filter(named.get()::equals).isPresent();
      if (!ownerChose) {
        throw invalid(
            "an AES key computes "
                + named.get().specName()
                + " only when its own Cryptographic Parameters name it");
      }
      MacAlgorithm m = hmac(named.get()).get();
      return new Mac(m, symmetricHmac(m));
    }
    if (named.isPresent() && isUnsupportedHmac(named.get())) {
      throw unsupported("MAC algorithm " + named.get().specName());
    }
    if (named.isPresent() && named.get() != CryptographicAlgorithm.AES) {
      throw invalid(
          "Cryptographic Algorithm " + named.get().specName() + " is not a MAC for an AES key");
    }
    if (p.blockCipherMode().isPresent() && p.blockCipherMode().get() != BlockCipherMode.CMAC) {
      throw unsupported(
          "Block Cipher Mode " + p.blockCipherMode().get().specName() + " as a MAC; use CMAC");
    }
    return new Mac(MacAlgorithm.AES_CMAC, SymmetricAlgorithm.AES);
  }

  private static Optional<MacAlgorithm> hmac(CryptographicAlgorithm a) {
    switch (a) {
      case HMAC_SHA1:
        return Optional.of(MacAlgorithm.HMAC_SHA1);
      case HMAC_SHA224:
        return Optional.of(MacAlgorithm.HMAC_SHA224);
      case HMAC_SHA256:
        return Optional.of(MacAlgorithm.HMAC_SHA256);
      case HMAC_SHA384:
        return Optional.of(MacAlgorithm.HMAC_SHA384);
      case HMAC_SHA512:
        return Optional.of(MacAlgorithm.HMAC_SHA512);
      default:
        return Optional.empty();
    }
  }

  private static boolean isUnsupportedHmac(CryptographicAlgorithm a) {
    switch (a) {
      case HMAC_MD5:
      case HMAC_SHA3_224:
      case HMAC_SHA3_256:
      case HMAC_SHA3_384:
      case HMAC_SHA3_512:
      case POLY1305:
        return true;
      default:
        return false;
    }
  }

  private static SymmetricAlgorithm symmetricHmac(MacAlgorithm m) {
    switch (m) {
      case HMAC_SHA1:
        return SymmetricAlgorithm.HMAC_SHA1;
      case HMAC_SHA224:
        return SymmetricAlgorithm.HMAC_SHA224;
      case HMAC_SHA256:
        return SymmetricAlgorithm.HMAC_SHA256;
      case HMAC_SHA384:
        return SymmetricAlgorithm.HMAC_SHA384;
      case HMAC_SHA512:
        return SymmetricAlgorithm.HMAC_SHA512;
      default:
        return SymmetricAlgorithm.AES;
    }
  }

  // ---- hashes ---------------------------------------------------------------------------------

  /** The hash of a Hash request (KMIP 2.1 §6.1.24): its Hashing Algorithm, which is required. */
  public static DigestAlgorithm hash(CryptographicParameters p) throws KmipException {
    return digest(
        p.hashingAlgorithm()
            .orElseThrow(
                () -> invalid("Hash needs a Hashing Algorithm in its Cryptographic Parameters")));
  }

  /** The boundary's hash for a KMIP Hashing Algorithm. */
  public static DigestAlgorithm digest(HashingAlgorithm h) throws KmipException {
    switch (h) {
      case MD5:
        return DigestAlgorithm.MD5;
      case SHA_1:
        return DigestAlgorithm.SHA1;
      case SHA_224:
        return DigestAlgorithm.SHA224;
      case SHA_256:
        return DigestAlgorithm.SHA256;
      case SHA_384:
        return DigestAlgorithm.SHA384;
      case SHA_512:
        return DigestAlgorithm.SHA512;
      case SHA3_224:
        return DigestAlgorithm.SHA3_224;
      case SHA3_256:
        return DigestAlgorithm.SHA3_256;
      case SHA3_384:
        return DigestAlgorithm.SHA3_384;
      case SHA3_512:
        return DigestAlgorithm.SHA3_512;
      default:
        throw unsupported("Hashing Algorithm " + h.specName());
    }
  }

  // ---- shared checks --------------------------------------------------------------------------

  private static void checkAlgorithm(CryptographicParameters p, CryptographicAlgorithm expected)
      throws KmipException {
    if (p.cryptographicAlgorithm().isPresent() && p.cryptographicAlgorithm().get() != expected) {
      throw invalid(
          "Cryptographic Algorithm "
              + p.cryptographicAlgorithm().get().specName()
              + " does not match the key's "
              + expected.specName());
    }
  }

  private static void checkMaskGenerator(CryptographicParameters p) throws KmipException {
    if (p.maskGenerator().isPresent() && p.maskGenerator().get() != MaskGenerator.MGF1) {
      throw unsupported("Mask Generator " + p.maskGenerator().get().specName());
    }
  }

  /** A length in bits that must be a positive multiple of 8. */
  private static OptionalInt bits(Optional<Integer> value, String name) throws KmipException {
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    int v = value.get();
    if (v <= 0 || v % 8 != 0 || v > 8192) {
      throw invalid(name + " " + v + " must be a positive multiple of 8 bits, at most 8192");
    }
    return OptionalInt.of(v);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static KmipException invalid(String message) {
    return new KmipException(ResultReason.INVALID_FIELD, message);
  }

  static KmipException unsupported(String what) {
    return new KmipException(ResultReason.FEATURE_NOT_SUPPORTED, what + " is not supported");
  }
}
