package dev.arca.core.crypto;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;

/** Signature generation and verification: RSA PKCS#1 v1.5, RSA-PSS and ECDSA. */
final class Signatures {

  private Signatures() {}

  static byte[] sign(
      CryptoModule module,
      PrivateKeyMaterial key,
      SignatureSpec spec,
      byte[] data,
      boolean digested)
      throws GeneralSecurityException, CryptoException {
    checkKey(key.spec(), spec);
    Signature signature = engine(spec, digested);
    signature.initSign(key.jcaKey(), module.drbg());
    signature.update(digested ? prehashedInput(spec, data) : data);
    return signature.sign();
  }

  static boolean verify(
      PublicKeyMaterial key, SignatureSpec spec, byte[] data, byte[] sig, boolean digested)
      throws GeneralSecurityException, CryptoException {
    checkKey(key.spec(), spec);
    Signature signature = engine(spec, digested);
    signature.initVerify(key.jcaKey());
    signature.update(digested ? prehashedInput(spec, data) : data);
    try {
      return signature.verify(sig);
    } catch (SignatureException e) {
      // A malformed signature (bad DER, wrong length) is an invalid signature, not an error.
      return false;
    }
  }

  private static Signature engine(SignatureSpec spec, boolean digested)
      throws GeneralSecurityException, CryptoException {
    if (digested) {
      switch (spec.scheme()) {
        case RSA_PKCS1_V1_5:
          // Raw PKCS#1 v1.5 type 1 padding over a DigestInfo the boundary builds (RFC 8017 §9.2).
          return Jca.signature("NONEwithRSA");
        case ECDSA:
          return Jca.signature("NONEwithECDSA");
        default:
          throw Boundary.unsupported(
              "RSA-PSS over a pre-computed digest is not offered by BC-FIPS; sign the message");
      }
    }
    Signature signature = Jca.signature(spec.jcaName());
    if (spec.scheme() == SignatureScheme.RSA_PSS) {
      String hash = spec.digest().jcaName();
      // MGF1 with the message hash and trailer field 0xBC (RFC 8017 §9.1, A.2.3).
      signature.setParameter(
          new PSSParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash), spec.pssSaltLength(), 1));
    }
    return signature;
  }

  private static byte[] prehashedInput(SignatureSpec spec, byte[] digest) throws CryptoException {
    if (digest.length != spec.digest().lengthBytes()) {
      throw Boundary.invalid(
          "a " + spec.digest() + " digest is " + spec.digest().lengthBytes() + " bytes");
    }
    if (spec.scheme() != SignatureScheme.RSA_PKCS1_V1_5) {
      return digest;
    }
    try {
      AlgorithmIdentifier hash =
          new AlgorithmIdentifier(new ASN1ObjectIdentifier(spec.digest().oid()), DERNull.INSTANCE);
      return new DigestInfo(hash, digest).getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw Boundary.invalid("cannot encode DigestInfo");
    }
  }

  private static void checkKey(AsymmetricSpec key, SignatureSpec spec) throws CryptoException {
    boolean rsaScheme = spec.scheme() != SignatureScheme.ECDSA;
    if (rsaScheme != (key instanceof AsymmetricSpec.Rsa)) {
      throw Boundary.invalid(spec.scheme() + " cannot use a " + key + " key");
    }
    if (rsaScheme
        && !Algorithms.isSupported(spec.policyName(), Algorithms.Usage.VERIFY, key.sizeBits())) {
      throw Boundary.invalid(key + " is outside the supported RSA sizes");
    }
  }
}
