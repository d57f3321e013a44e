package dev.arca.core.crypto;

import dev.arca.core.crypto.CryptoException.Reason;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/** Key generation with the module DRBG, and the pairwise consistency test on key pairs. */
final class KeyGeneration {

  private static final OAEPParameterSpec PCT_OAEP =
      new OAEPParameterSpec(
          "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

  private KeyGeneration() {}

  static SecretKeyMaterial symmetric(CryptoModule module, SymmetricAlgorithm algorithm, int bits)
      throws GeneralSecurityException, CryptoException {
    String row = algorithm.policyName();
    if (!Algorithms.isSupported(row, Algorithms.Usage.KEY_GENERATION, bits)) {
      throw Boundary.invalid(
          algorithm
              + " keys of "
              + bits
              + " bits are not supported; sizes: "
              + Algorithms.describeSizes(row, Algorithms.Usage.KEY_GENERATION));
    }
    switch (algorithm) {
      case AES:
        if (bits == 512) {
          return new SecretKeyMaterial(algorithm, bits, xtsKey(module));
        }
        return new SecretKeyMaterial(algorithm, bits, generate(module, "AES", bits));
      case TRIPLE_DES:
        // 112 bits is two-key TDEA (16 bytes); 168 and 192 both mean three-key (24 bytes).
        return new SecretKeyMaterial(
            algorithm, bits, generate(module, "DESede", bits == 112 ? 112 : 168));
      case SECRET:
        {
          byte[] bytes = new byte[bits / 8];
          module.drbg().nextBytes(bytes);
          return new SecretKeyMaterial(algorithm, bits, bytes);
        }
      default:
        // HMAC keys, and Blowfish, IDEA and RC4 keys as opaque material: BC-FIPS has key
        // generators for these outside approved-only mode and refuses them inside it.
        return new SecretKeyMaterial(algorithm, bits, generate(module, algorithm.jcaName(), bits));
    }
  }

  private static byte[] generate(CryptoModule module, String jcaAlgorithm, int bits)
      throws GeneralSecurityException {
    KeyGenerator generator = KeyGenerator.getInstance(jcaAlgorithm, module.provider());
    generator.init(bits, module.drbg());
    return generator.generateKey().getEncoded();
  }

  /** Two independent AES-256 keys; IG C.I wants the halves to differ, so check it. */
  private static byte[] xtsKey(CryptoModule module) throws GeneralSecurityException {
    while (true) {
      byte[] key1 = generate(module, "AES", 256);
      byte[] key2 = generate(module, "AES", 256);
      if (!Bytes.constantTimeEquals(key1, key2)) {
        byte[] key = Bytes.concat(key1, key2);
        Bytes.zero(key1);
        Bytes.zero(key2);
        return key;
      }
    }
  }

  static KeyPairMaterial keyPair(CryptoModule module, AsymmetricSpec spec, KeyPairPurpose purpose)
      throws GeneralSecurityException, CryptoException {
    if (!Algorithms.isSupported(
        spec.policyName(), Algorithms.Usage.KEY_GENERATION, spec.sizeBits())) {
      throw Boundary.invalid(
          "cannot generate "
              + spec
              + "; RSA sizes: "
              + Algorithms.describeSizes("RSA", Algorithms.Usage.KEY_GENERATION));
    }
    KeyPairGenerator generator;
    if (spec instanceof AsymmetricSpec.Rsa) {
      generator = KeyPairGenerator.getInstance("RSA", module.provider());
      generator.initialize(
          new RSAKeyGenParameterSpec(spec.sizeBits(), RSAKeyGenParameterSpec.F4), module.drbg());
    } else {
      if (purpose == KeyPairPurpose.ENCRYPTION) {
        throw Boundary.unsupported("EC key pairs are for signatures only (ECDSA)");
      }
      generator = KeyPairGenerator.getInstance("EC", module.provider());
      generator.initialize(
          new ECGenParameterSpec(((AsymmetricSpec.Ec) spec).curve().secName()), module.drbg());
    }
    KeyPair pair = generator.generateKeyPair();
    pairwiseConsistencyTest(module, spec, purpose, pair);
    return new KeyPairMaterial(
        PrivateKeyMaterial.ofGenerated(spec, pair.getPrivate()),
        PublicKeyMaterial.ofGenerated(spec, pair.getPublic()));
  }

  /**
   * The conditional pairwise consistency test of FIPS 140-3 (ISO 19790 §7.10.3.3, SP 800-56B Rev. 2
   * §6.4.1.1 for key-transport keys): the new pair must work for its purpose before anyone gets it.
   * A failure puts the module in its error state.
   */
  private static void pairwiseConsistencyTest(
      CryptoModule module, AsymmetricSpec spec, KeyPairPurpose purpose, KeyPair pair)
      throws GeneralSecurityException, CryptoException {
    boolean forced = module.forcedToFail(CryptoModule.PAIRWISE_CONSISTENCY_TEST);
    byte[] probe = new byte[32];
    module.drbg().nextBytes(probe);
    boolean passed;
    String what;
    if (purpose == KeyPairPurpose.ENCRYPTION) {
      what = "RSA-OAEP-SHA256 encrypt/decrypt";
      passed = oaepRoundTrip(module, pair.getPublic(), pair.getPrivate(), probe, forced);
    } else {
      String algorithm = spec instanceof AsymmetricSpec.Rsa ? "SHA256withRSA" : "SHA256withECDSA";
      what = algorithm + " sign/verify";
      Signature signer = Jca.signature(algorithm);
      signer.initSign(pair.getPrivate(), module.drbg());
      signer.update(probe);
      byte[] signature = signer.sign();
      if (forced) {
        signature[signature.length / 2] ^= 0x01;
      }
      Signature verifier = Jca.signature(algorithm);
      verifier.initVerify(pair.getPublic());
      verifier.update(probe);
      passed = verifier.verify(signature);
    }
    module.recordConditional(
        CryptoModule.PAIRWISE_CONSISTENCY_TEST,
        spec.toString(),
        passed,
        what + (passed ? " passed" : " failed on a newly generated key pair"));
    if (!passed) {
      String name = CryptoModule.PAIRWISE_CONSISTENCY_TEST + " " + spec;
      throw new CryptoException(
          Reason.MODULE_ERROR,
          "pairwise consistency test failed for a generated "
              + spec
              + " key pair; cryptographic module in error state: self-test "
              + name
              + " failed");
    }
  }

  private static boolean oaepRoundTrip(
      CryptoModule module, PublicKey publicKey, PrivateKey privateKey, byte[] probe, boolean forced)
      throws GeneralSecurityException {
    Cipher cipher = Jca.cipher("RSA/NONE/OAEPPadding");
    cipher.init(Cipher.WRAP_MODE, publicKey, PCT_OAEP, module.drbg());
    byte[] encrypted = cipher.wrap(new RawSecretKey("RAW", probe));
    if (forced) {
      encrypted[encrypted.length / 2] ^= 0x01;
    }
    cipher.init(Cipher.DECRYPT_MODE, privateKey, PCT_OAEP);
    try {
      return Bytes.constantTimeEquals(probe, cipher.doFinal(encrypted));
    } catch (BadPaddingException e) {
      return false;
    }
  }
}
