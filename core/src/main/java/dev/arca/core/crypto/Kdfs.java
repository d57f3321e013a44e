package dev.arca.core.crypto;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import org.bouncycastle.crypto.KDFCalculator;
import org.bouncycastle.crypto.PasswordBasedDeriver;
import org.bouncycastle.crypto.fips.FipsDigestAlgorithm;
import org.bouncycastle.crypto.fips.FipsKDF;
import org.bouncycastle.crypto.fips.FipsPBKD;
import org.bouncycastle.crypto.fips.FipsSHS;

/** Key derivation: PBKDF2 (SP 800-132), KDF in counter mode (SP 800-108r1), HMAC derivation. */
final class Kdfs {

  /** Output cap: more than this is never a key, and it bounds the work one request causes. */
  static final int MAX_OUTPUT_BYTES = 8192;

  private Kdfs() {}

  static SecretKeyMaterial derive(
      SecretKeyMaterial base, Derivation derivation, SymmetricAlgorithm result, int resultBits)
      throws GeneralSecurityException, CryptoException {
    if (!Algorithms.isSupported(result.policyName(), Algorithms.Usage.KEY_GENERATION, resultBits)) {
      throw Boundary.invalid(
          "cannot derive a "
              + result
              + " key of "
              + resultBits
              + " bits; sizes: "
              + Algorithms.describeSizes(result.policyName(), Algorithms.Usage.KEY_GENERATION));
    }
    int length = result == SymmetricAlgorithm.TRIPLE_DES && resultBits == 168 ? 24 : resultBits / 8;
    byte[] out;
    if (derivation instanceof Derivation.Pbkdf2) {
      Derivation.Pbkdf2 p = (Derivation.Pbkdf2) derivation;
      out = pbkdf2(p.prf(), base.bytes(), p.salt(), p.iterations(), length);
    } else if (derivation instanceof Derivation.CounterMode) {
      Derivation.CounterMode c = (Derivation.CounterMode) derivation;
      if (!c.prf().isHmac()
          && (base.algorithm() != SymmetricAlgorithm.AES
              || !Algorithms.isSupported("AES-CMAC", Algorithms.Usage.MAC, base.lengthBits()))) {
        throw Boundary.invalid("a CMAC-based KDF needs an AES key of 128, 192 or 256 bits");
      }
      out = counterMode(c.prf(), base.bytes(), c.fixedInput(), length);
    } else {
      Derivation.Hmac h = (Derivation.Hmac) derivation;
      if (length > h.digest().lengthBytes()) {
        throw Boundary.invalid(
            "HMAC derivation yields at most " + h.digest().lengthBytes() * 8 + " bits");
      }
      byte[] full = Macs.hmac(h.digest(), base.bytes(), h.data());
      out = Arrays.copyOf(full, length);
      Bytes.zero(full);
    }
    return new SecretKeyMaterial(result, resultBits, out);
  }

  /** PBKDF2 with an HMAC PRF over the password bytes as given (no character conversion). */
  static byte[] pbkdf2(
      DigestAlgorithm prf, byte[] password, byte[] salt, int iterations, int lengthBytes)
      throws CryptoException {
    checkLength(lengthBytes);
    // BC-FIPS wipes its parameter copy of the password when done; hand it a copy of ours.
    byte[] copy = password.clone();
    try {
      FipsPBKD.Parameters parameters =
          FipsPBKD.PBKDF2.using(pbkdf2Prf(prf), copy).withSalt(salt).withIterationCount(iterations);
      return new FipsPBKD.DeriverFactory()
          .createDeriver(parameters)
          .deriveKey(PasswordBasedDeriver.KeyType.CIPHER, lengthBytes);
    } finally {
      Bytes.zero(copy);
    }
  }

  /** SP 800-108r1 §4.1 counter mode, r = 32, the counter before the fixed input. */
  static byte[] counterMode(MacAlgorithm prf, byte[] key, byte[] fixedInput, int lengthBytes)
      throws CryptoException {
    checkLength(lengthBytes);
    // BC-FIPS places the counter between a prefix and a suffix of the fixed input; its
    // two-argument form puts it after the fixed input, so pass an empty prefix explicitly.
    KDFCalculator<FipsKDF.CounterModeParameters> calculator =
        new FipsKDF.CounterModeFactory()
            .createKDFCalculator(
                FipsKDF.COUNTER_MODE
                    .withPRFAndR(counterPrf(prf), 32)
                    .using(key.clone(), new byte[0], fixedInput));
    byte[] out = new byte[lengthBytes];
    calculator.generateBytes(out);
    return out;
  }

  private static void checkLength(int lengthBytes) throws CryptoException {
    if (lengthBytes < 1 || lengthBytes > MAX_OUTPUT_BYTES) {
      throw Boundary.invalid("derived length must be 1.." + MAX_OUTPUT_BYTES + " bytes");
    }
  }

  private static FipsDigestAlgorithm pbkdf2Prf(DigestAlgorithm prf) throws CryptoException {
    switch (prf) {
      case SHA1:
        return FipsSHS.Algorithm.SHA1_HMAC;
      case SHA224:
        return FipsSHS.Algorithm.SHA224_HMAC;
      case SHA256:
        return FipsSHS.Algorithm.SHA256_HMAC;
      case SHA384:
        return FipsSHS.Algorithm.SHA384_HMAC;
      case SHA512:
        return FipsSHS.Algorithm.SHA512_HMAC;
      default:
        throw Boundary.unsupported("PBKDF2 with HMAC-" + prf + " is not supported");
    }
  }

  private static FipsKDF.PRF counterPrf(MacAlgorithm prf) {
    switch (prf) {
      case HMAC_SHA1:
        return FipsKDF.PRF.SHA1_HMAC;
      case HMAC_SHA224:
        return FipsKDF.PRF.SHA224_HMAC;
      case HMAC_SHA256:
        return FipsKDF.PRF.SHA256_HMAC;
      case HMAC_SHA384:
        return FipsKDF.PRF.SHA384_HMAC;
      case HMAC_SHA512:
        return FipsKDF.PRF.SHA512_HMAC;
      default:
        return FipsKDF.PRF.AES_CMAC;
    }
  }
}
