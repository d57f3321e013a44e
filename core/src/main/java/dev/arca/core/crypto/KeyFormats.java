package dev.arca.core.crypto;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Conversions between key encodings, as pure functions over DER bytes.
 *
 * <ul>
 *   <li>RSA private key: PKCS#8 PrivateKeyInfo (RFC 5208) ↔ PKCS#1 RSAPrivateKey (RFC 8017 A.1.2) ↔
 *       components (n, e, d, p, q, dP, dQ, qInv).
 *   <li>RSA public key: X.509 SubjectPublicKeyInfo (RFC 5280) ↔ PKCS#1 RSAPublicKey (RFC 8017
 *       A.1.1) ↔ (n, e).
 *   <li>EC private key: PKCS#8 ↔ SEC 1 ECPrivateKey (RFC 5915) ↔ (curve, d).
 *   <li>EC public key: SubjectPublicKeyInfo (RFC 5480) ↔ (curve, Q as SEC 1 §2.3.3 octets).
 * </ul>
 *
 * <p>Every input is validated (structure, no trailing bytes, RSA component consistency, EC points
 * on the curve, private scalars in range); bad input throws {@link CryptoException} with reason
 * {@link CryptoException.Reason#INVALID_INPUT} and a message that names the problem, never the
 * values.
 */
public final class KeyFormats {

  private KeyFormats() {}

  /**
   * The components of an RSA private key (RFC 8017 §3.2, second representation).
   *
   * @param modulus n
   * @param publicExponent e
   * @param privateExponent d
   * @param prime1 p
   * @param prime2 q
   * @param exponent1 dP = d mod (p − 1)
   * @param exponent2 dQ = d mod (q − 1)
   * @param coefficient qInv = q⁻¹ mod p
   */
  public record RsaPrivateComponents(
      BigInteger modulus,
      BigInteger publicExponent,
      BigInteger privateExponent,
      BigInteger prime1,
      BigInteger prime2,
      BigInteger exponent1,
      BigInteger exponent2,
      BigInteger coefficient) {

    /** Requires every component. */
    public RsaPrivateComponents {
      Objects.requireNonNull(modulus, "modulus");
      Objects.requireNonNull(publicExponent, "publicExponent");
      Objects.requireNonNull(privateExponent, "privateExponent");
      Objects.requireNonNull(prime1, "prime1");
      Objects.requireNonNull(prime2, "prime2");
      Objects.requireNonNull(exponent1, "exponent1");
      Objects.requireNonNull(exponent2, "exponent2");
      Objects.requireNonNull(coefficient, "coefficient");
    }

    /** Shows the modulus size only. */
    @Override
    public String toString() {
      return "RsaPrivateComponents[" + modulus.bitLength() + " bits]";
    }
  }

  /**
   * The components of an RSA public key.
   *
   * @param modulus n
   * @param publicExponent e
   */
  public record RsaPublicComponents(BigInteger modulus, BigInteger publicExponent) {
    /** Requires both components. */
    public RsaPublicComponents {
      Objects.requireNonNull(modulus, "modulus");
      Objects.requireNonNull(publicExponent, "publicExponent");
    }
  }

  /**
   * The components of an EC private key.
   *
   * @param curve the named curve
   * @param privateValue the scalar d, 1 ≤ d &lt; n
   */
  public record EcPrivateComponents(EcCurve curve, BigInteger privateValue) {
    /** Requires both components. */
    public EcPrivateComponents {
      Objects.requireNonNull(curve, "curve");
      Objects.requireNonNull(privateValue, "privateValue");
    }

    /** Shows the curve only. */
    @Override
    public String toString() {
      return "EcPrivateComponents[" + curve.displayName() + "]";
    }
  }

  /**
   * The components of an EC public key.
   *
   * @param curve the named curve
   * @param point Q as SEC 1 §2.3.3 octets (uncompressed 04‖X‖Y or compressed 02/03‖X)
   */
  public record EcPublicComponents(EcCurve curve, byte[] point) {
    /** Requires both components and copies the point. */
    public EcPublicComponents {
      Objects.requireNonNull(curve, "curve");
      point = Objects.requireNonNull(point, "point").clone();
    }

    @Override
    public byte[] point() {
      return point.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof EcPublicComponents other
          && other.curve == curve
          && Arrays.equals(other.point, point);
    }

    @Override
    public int hashCode() {
      return 31 * curve.hashCode() + Arrays.hashCode(point);
    }

    @Override
    public String toString() {
      return "EcPublicComponents[" + curve.displayName() + ", " + point.length + "-byte point]";
    }
  }

  // ---- RSA private keys --------------------------------------------------------------------

  /** PKCS#8 PrivateKeyInfo → PKCS#1 RSAPrivateKey. */
  public static byte[] rsaPkcs8ToPkcs1(byte[] pkcs8) throws CryptoException {
    return der(rsaPrivate(pkcs8), "RSAPrivateKey");
  }

  /** PKCS#1 RSAPrivateKey → PKCS#8 PrivateKeyInfo. */
  public static byte[] rsaPkcs1ToPkcs8(byte[] pkcs1) throws CryptoException {
    RSAPrivateKey key = parseRsaPrivateKey(pkcs1);
    validate(components(key));
    return der(rsaPrivateKeyInfo(key), "PrivateKeyInfo");
  }

  /** PKCS#8 PrivateKeyInfo of an RSA key → its components. */
  public static RsaPrivateComponents rsaPrivateComponents(byte[] pkcs8) throws CryptoException {
    return components(rsaPrivate(pkcs8));
  }

  /** Components → PKCS#8 PrivateKeyInfo, after checking they form one consistent key. */
  public static byte[] rsaPrivatePkcs8(RsaPrivateComponents components) throws CryptoException {
    validate(components);
    RSAPrivateKey key =
        new RSAPrivateKey(
            components.modulus(),
            components.publicExponent(),
            components.privateExponent(),
            components.prime1(),
            components.prime2(),
            components.exponent1(),
            components.exponent2(),
            components.coefficient());
    return der(rsaPrivateKeyInfo(key), "PrivateKeyInfo");
  }

  // ---- RSA public keys ---------------------------------------------------------------------

  /** SubjectPublicKeyInfo → PKCS#1 RSAPublicKey. */
  public static byte[] rsaSpkiToPkcs1(byte[] spki) throws CryptoException {
    return der(rsaPublic(spki), "RSAPublicKey");
  }

  /** PKCS#1 RSAPublicKey → SubjectPublicKeyInfo. */
  public static byte[] rsaPkcs1ToSpki(byte[] pkcs1) throws CryptoException {
    RSAPublicKey key;
    try {
      key = RSAPublicKey.getInstance(parse(pkcs1, "RSAPublicKey"));
    } catch (RuntimeException e) {
      throw Boundary.invalid("malformed RSAPublicKey");
    }
    validate(new RsaPublicComponents(key.getModulus(), key.getPublicExponent()));
    return rsaSpki(key);
  }

  /** SubjectPublicKeyInfo of an RSA key → (n, e). */
  public static RsaPublicComponents rsaPublicComponents(byte[] spki) throws CryptoException {
    RSAPublicKey key = rsaPublic(spki);
    return new RsaPublicComponents(key.getModulus(), key.getPublicExponent());
  }

  /** (n, e) → SubjectPublicKeyInfo. */
  public static byte[] rsaPublicSpki(RsaPublicComponents components) throws CryptoException {
    validate(components);
    return rsaSpki(new RSAPublicKey(components.modulus(), components.publicExponent()));
  }

  // ---- EC private keys ---------------------------------------------------------------------

  /** PKCS#8 PrivateKeyInfo of an EC key → (curve, d). */
  public static EcPrivateComponents ecPrivateComponents(byte[] pkcs8) throws CryptoException {
    PrivateKeyInfo info = privateKeyInfo(pkcs8);
    EcCurve curve = ecCurveOf(info.getPrivateKeyAlgorithm());
    ECPrivateKey sec1 = ecPrivateKey(info);
    return checkedEcPrivate(curve, sec1);
  }

  /** (curve, d) → PKCS#8 PrivateKeyInfo; the public point is computed and included. */
  public static byte[] ecPrivatePkcs8(EcPrivateComponents components) throws CryptoException {
    ECPrivateKey sec1 = ecPrivateKey(components.curve(), components.privateValue(), false);
    return der(ecPrivateKeyInfo(components.curve(), sec1), "PrivateKeyInfo");
  }

  /** PKCS#8 PrivateKeyInfo → SEC 1 ECPrivateKey with the named curve and public point. */
  public static byte[] ecPkcs8ToSec1(byte[] pkcs8) throws CryptoException {
    EcPrivateComponents components = ecPrivateComponents(pkcs8);
    return der(ecPrivateKey(components.curve(), components.privateValue(), true), "ECPrivateKey");
  }

  /** SEC 1 ECPrivateKey (with its namedCurve parameters) → PKCS#8 PrivateKeyInfo. */
  public static byte[] ecSec1ToPkcs8(byte[] sec1) throws CryptoException {
    ECPrivateKey key;
    try {
      key = ECPrivateKey.getInstance(parse(sec1, "ECPrivateKey"));
    } catch (RuntimeException e) {
      throw Boundary.invalid("malformed ECPrivateKey");
    }
    ASN1Primitive parameters = key.getParameters();
    if (!(parameters instanceof ASN1ObjectIdentifier)) {
      throw Boundary.invalid("ECPrivateKey must name its curve (RFC 5915 §3 parameters)");
    }
    EcCurve curve = curveByOid((ASN1ObjectIdentifier) parameters);
    EcPrivateComponents components = checkedEcPrivate(curve, key);
    return ecPrivatePkcs8(components);
  }

  // ---- EC public keys ----------------------------------------------------------------------

  /** SubjectPublicKeyInfo of an EC key → (curve, Q uncompressed). */
  public static EcPublicComponents ecPublicComponents(byte[] spki) throws CryptoException {
    SubjectPublicKeyInfo info = subjectPublicKeyInfo(spki);
    EcCurve curve = ecCurveOf(info.getAlgorithm());
    ECPoint point = decodePoint(curve, info.getPublicKeyData().getOctets());
    return new EcPublicComponents(curve, point.getEncoded(false));
  }

  /** (curve, Q) → SubjectPublicKeyInfo with Q uncompressed; Q must lie on the curve. */
  public static byte[] ecPublicSpki(EcPublicComponents components) throws CryptoException {
    ECPoint point = decodePoint(components.curve(), components.point());
    return ecSpki(components.curve(), point);
  }

  // ---- helpers shared with the key handles ---------------------------------------------------

  /** Validates a PKCS#8 private key and returns its shape. */
  static AsymmetricSpec describePrivate(byte[] pkcs8) throws CryptoException {
    PrivateKeyInfo info = privateKeyInfo(pkcs8);
    ASN1ObjectIdentifier algorithm = info.getPrivateKeyAlgorithm().getAlgorithm();
    if (PKCSObjectIdentifiers.rsaEncryption.equals(algorithm)) {
      RSAPrivateKey key = rsaPrivateKey(info);
      validate(components(key));
      return AsymmetricSpec.rsa(key.getModulus().bitLength());
    }
    if (X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm)) {
      EcCurve curve = ecCurveOf(info.getPrivateKeyAlgorithm());
      checkedEcPrivate(curve, ecPrivateKey(info));
      return AsymmetricSpec.ec(curve);
    }
    throw Boundary.unsupported("private key algorithm " + algorithm.getId() + " is not supported");
  }

  /** Validates a SubjectPublicKeyInfo and returns its shape. */
  static AsymmetricSpec describePublic(byte[] spki) throws CryptoException {
    SubjectPublicKeyInfo info = subjectPublicKeyInfo(spki);
    ASN1ObjectIdentifier algorithm = info.getAlgorithm().getAlgorithm();
    if (PKCSObjectIdentifiers.rsaEncryption.equals(algorithm)) {
      RSAPublicKey key = rsaPublicKey(info);
      validate(new RsaPublicComponents(key.getModulus(), key.getPublicExponent()));
      return AsymmetricSpec.rsa(key.getModulus().bitLength());
    }
    if (X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm)) {
      EcCurve curve = ecCurveOf(info.getAlgorithm());
      decodePoint(curve, info.getPublicKeyData().getOctets());
      return AsymmetricSpec.ec(curve);
    }
    throw Boundary.unsupported("public key algorithm " + algorithm.getId() + " is not supported");
  }

  /** JCA KeyFactory algorithm for a key shape. */
  static String jcaKeyAlgorithm(AsymmetricSpec spec) {
    return spec instanceof AsymmetricSpec.Rsa ? "RSA" : "EC";
  }

  // ---- parsing --------------------------------------------------------------------------------

  private static ASN1Primitive parse(byte[] der, String what) throws CryptoException {
    if (der == null || der.length == 0) {
      throw Boundary.invalid(what + " encoding is empty");
    }
    try {
      // fromByteArray rejects trailing bytes after the outer structure.
      return ASN1Primitive.fromByteArray(der);
    } catch (IOException | RuntimeException e) {
      throw Boundary.invalid("malformed " + what + " (not DER)");
    }
  }

  private static PrivateKeyInfo privateKeyInfo(byte[] pkcs8) throws CryptoException {
    try {
      return PrivateKeyInfo.getInstance(parse(pkcs8, "PrivateKeyInfo"));
    } catch (RuntimeException e) {
      throw Boundary.invalid("malformed PrivateKeyInfo");
    }
  }

  private static SubjectPublicKeyInfo subjectPublicKeyInfo(byte[] spki) throws CryptoException {
    try {
      return SubjectPublicKeyInfo.getInstance(parse(spki, "SubjectPublicKeyInfo"));
    } catch (RuntimeException e) {
      throw Boundary.invalid("malformed SubjectPublicKeyInfo");
    }
  }

  private static RSAPrivateKey rsaPrivate(byte[] pkcs8) throws CryptoException {
    PrivateKeyInfo info = privateKeyInfo(pkcs8);
    if (!PKCSObjectIdentifiers.rsaEncryption.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
      throw Boundary.invalid("not an RSA private key");
    }
    RSAPrivateKey key = rsaPrivateKey(info);
    validate(components(key));
    return key;
  }

  private static RSAPrivateKey rsaPrivateKey(PrivateKeyInfo info) throws CryptoException {
    try {
      return RSAPrivateKey.getInstance(info.parsePrivateKey());
    } catch (IOException | RuntimeException e) {
      throw Boundary.invalid("malformed RSAPrivateKey (two-prime keys only)");
    }
  }

  private static RSAPrivateKey parseRsaPrivateKey(byte[] pkcs1) throws CryptoException {
    try {
      return RSAPrivateKey.getInstance(parse(pkcs1, "RSAPrivateKey"));
    } catch (RuntimeException e) {
      throw Boundary.invalid("malformed RSAPrivateKey (two-prime keys only)");
    }
  }

  private static RSAPublicKey rsaPublic(byte[] spki) throws CryptoException {
    SubjectPublicKeyInfo info = subjectPublicKeyInfo(spki);
    if (!PKCSObjectIdentifiers.rsaEncryption.equals(info.getAlgorithm().getAlgorithm())) {
      throw Boundary.invalid("not an RSA public key");
    }
    RSAPublicKey key = rsaPublicKey(info);
    validate(new RsaPublicComponents(key.getModulus(), key.getPublicExponent()));
    return key;
  }

  private static RSAPublicKey rsaPublicKey(SubjectPublicKeyInfo info) throws CryptoException {
    try {
      return RSAPublicKey.getInstance(info.parsePublicKey());
    } catch (IOException | RuntimeException e) {
      throw Boundary.invalid("malformed RSAPublicKey");
    }
  }

  private static ECPrivateKey ecPrivateKey(PrivateKeyInfo info) throws CryptoException {
    try {
      return ECPrivateKey.getInstance(info.parsePrivateKey());
    } catch (IOException | RuntimeException e) {
      throw Boundary.invalid("malformed ECPrivateKey");
    }
  }

  private static EcCurve ecCurveOf(AlgorithmIdentifier algorithm) throws CryptoException {
    if (!X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm.getAlgorithm())) {
      throw Boundary.invalid("not an EC key");
    }
    ASN1Encodable parameters = algorithm.getParameters();
    if (!(parameters instanceof ASN1ObjectIdentifier)) {
      // RFC 5480 §2.1.1: implicit and explicit curve parameters are not to be used.
      throw Boundary.unsupported("EC keys must use a named curve (RFC 5480 §2.1.1)");
    }
    return curveByOid((ASN1ObjectIdentifier) parameters);
  }

  private static EcCurve curveByOid(ASN1ObjectIdentifier oid) throws CryptoException {
    return EcCurve.fromOid(oid.getId())
        .orElseThrow(() -> Boundary.unsupported("EC curve " + oid.getId() + " is not supported"));
  }

  // ---- building ------------------------------------------------------------------------------

  private static PrivateKeyInfo rsaPrivateKeyInfo(RSAPrivateKey key) throws CryptoException {
    try {
      // RFC 8017 A.1: the rsaEncryption parameters shall be NULL.
      return new PrivateKeyInfo(
          new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE), key);
    } catch (IOException e) {
      throw Boundary.invalid("cannot encode RSA private key");
    }
  }

  private static byte[] rsaSpki(RSAPublicKey key) throws CryptoException {
    try {
      return new SubjectPublicKeyInfo(
              new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE), key)
          .getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw Boundary.invalid("cannot encode RSA public key");
    }
  }

  private static PrivateKeyInfo ecPrivateKeyInfo(EcCurve curve, ECPrivateKey sec1)
      throws CryptoException {
    try {
      return new PrivateKeyInfo(
          new AlgorithmIdentifier(
              X9ObjectIdentifiers.id_ecPublicKey, new ASN1ObjectIdentifier(curve.oid())),
          sec1);
    } catch (IOException e) {
      throw Boundary.invalid("cannot encode EC private key");
    }
  }

  /**
   * An RFC 5915 ECPrivateKey with the public point. The curve parameters are included when the
   * structure stands alone (SEC 1) and left out inside PKCS#8, where the AlgorithmIdentifier names
   * the curve (RFC 5915 §3).
   */
  private static ECPrivateKey ecPrivateKey(EcCurve curve, BigInteger d, boolean withParameters)
      throws CryptoException {
    X9ECParameters params = curveParameters(curve);
    checkScalar(params, d);
    ECPoint q = params.getG().multiply(d).normalize();
    DERBitString publicKey = new DERBitString(q.getEncoded(false));
    int orderBits = params.getN().bitLength();
    if (withParameters) {
      return new ECPrivateKey(orderBits, d, publicKey, new ASN1ObjectIdentifier(curve.oid()));
    }
    return new ECPrivateKey(orderBits, d, publicKey, null);
  }

  private static byte[] ecSpki(EcCurve curve, ECPoint point) throws CryptoException {
    AlgorithmIdentifier algorithm =
        new AlgorithmIdentifier(
            X9ObjectIdentifiers.id_ecPublicKey, new ASN1ObjectIdentifier(curve.oid()));
    try {
      return new SubjectPublicKeyInfo(algorithm, point.getEncoded(false))
          .getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw Boundary.invalid("cannot encode EC public key");
    }
  }

  private static byte[] der(org.bouncycastle.asn1.ASN1Object object, String what)
      throws CryptoException {
    try {
      return object.getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw Boundary.invalid("cannot encode " + what);
    }
  }

  // ---- validation ----------------------------------------------------------------------------

  private static RsaPrivateComponents components(RSAPrivateKey key) {
    return new RsaPrivateComponents(
        key.getModulus(),
        key.getPublicExponent(),
        key.getPrivateExponent(),
        key.getPrime1(),
        key.getPrime2(),
        key.getExponent1(),
        key.getExponent2(),
        key.getCoefficient());
  }

  private static void validate(RsaPublicComponents key) throws CryptoException {
    BigInteger n = key.modulus();
    BigInteger e = key.publicExponent();
    if (n.signum() <= 0 || n.bitLength() < 512 || !n.testBit(0)) {
      throw Boundary.invalid("RSA modulus is not a plausible odd number of at least 512 bits");
    }
    // FIPS 186-5 §5.4 asks for 2^16 < e < 2^256; older keys use 3, so only oddness and > 1.
    if (e.signum() <= 0 || !e.testBit(0) || e.equals(BigInteger.ONE) || e.compareTo(n) >= 0) {
      throw Boundary.invalid("RSA public exponent must be odd and 1 < e < n");
    }
  }

  /** Checks the CRT components describe one key (RFC 8017 §3.2). */
  private static void validate(RsaPrivateComponents key) throws CryptoException {
    validate(new RsaPublicComponents(key.modulus(), key.publicExponent()));
    BigInteger p = key.prime1();
    BigInteger q = key.prime2();
    BigInteger d = key.privateExponent();
    if (p.signum() <= 0 || q.signum() <= 0 || d.signum() <= 0) {
      throw Boundary.invalid("RSA private key components must be positive");
    }
    BigInteger pMinus1 = p.subtract(BigInteger.ONE);
    BigInteger qMinus1 = q.subtract(BigInteger.ONE);
    boolean consistent =
        p.multiply(q).equals(key.modulus())
            && d.mod(pMinus1).equals(key.exponent1())
            && d.mod(qMinus1).equals(key.exponent2())
            && q.multiply(key.coefficient()).mod(p).equals(BigInteger.ONE)
            && key.publicExponent().multiply(d).mod(lcm(pMinus1, qMinus1)).equals(BigInteger.ONE);
    if (!consistent) {
      throw Boundary.invalid("RSA private key components are inconsistent");
    }
  }

  private static BigInteger lcm(BigInteger a, BigInteger b) {
    return a.divide(a.gcd(b)).multiply(b);
  }

  private static X9ECParameters curveParameters(EcCurve curve) throws CryptoException {
    X9ECParameters params = ECNamedCurveTable.getByOID(new ASN1ObjectIdentifier(curve.oid()));
    if (params == null) {
      throw Boundary.unsupported("EC curve " + curve.displayName() + " unknown to BC-FIPS");
    }
    return params;
  }

  private static void checkScalar(X9ECParameters params, BigInteger d) throws CryptoException {
    if (d.signum() <= 0 || d.compareTo(params.getN()) >= 0) {
      throw Boundary.invalid("EC private value out of range (1 <= d < n)");
    }
  }

  private static EcPrivateComponents checkedEcPrivate(EcCurve curve, ECPrivateKey key)
      throws CryptoException {
    ASN1Primitive inner = key.getParameters();
    if (inner != null
        && !(inner instanceof ASN1ObjectIdentifier
            && ((ASN1ObjectIdentifier) inner).getId().equals(curve.oid()))) {
      throw Boundary.invalid("ECPrivateKey parameters disagree with the key's curve");
    }
    X9ECParameters params = curveParameters(curve);
    BigInteger d = key.getKey();
    checkScalar(params, d);
    DERBitString stated = key.getPublicKey();
    if (stated != null) {
      ECPoint expected = params.getG().multiply(d).normalize();
      ECPoint given = decodePoint(curve, stated.getOctets());
      if (!expected.equals(given)) {
        throw Boundary.invalid("EC public point in the private key does not match the scalar");
      }
    }
    return new EcPrivateComponents(curve, d);
  }

  /** Decodes a SEC 1 §2.3.4 point and checks it lies on the curve and is not infinity. */
  private static ECPoint decodePoint(EcCurve curve, byte[] octets) throws CryptoException {
    X9ECParameters params = curveParameters(curve);
    ECPoint point;
    try {
      point = params.getCurve().decodePoint(octets);
    } catch (RuntimeException e) {
      throw Boundary.invalid("EC point is malformed or not on " + curve.displayName());
    }
    if (point.isInfinity() || !point.isValid()) {
      throw Boundary.invalid("EC point is not a valid point on " + curve.displayName());
    }
    return point.normalize();
  }
}
