package dev.arca.core.crypto;

import static dev.arca.core.crypto.Algorithms.Usage.DECRYPT;
import static dev.arca.core.crypto.Algorithms.Usage.DERIVE;
import static dev.arca.core.crypto.Algorithms.Usage.ENCRYPT;
import static dev.arca.core.crypto.Algorithms.Usage.HASH;
import static dev.arca.core.crypto.Algorithms.Usage.KEY_GENERATION;
import static dev.arca.core.crypto.Algorithms.Usage.MAC;
import static dev.arca.core.crypto.Algorithms.Usage.RANDOM;
import static dev.arca.core.crypto.Algorithms.Usage.SIGN;
import static dev.arca.core.crypto.Algorithms.Usage.UNWRAP;
import static dev.arca.core.crypto.Algorithms.Usage.VERIFY;
import static dev.arca.core.crypto.Algorithms.Usage.WRAP;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The algorithm policy of the boundary: every algorithm, mode and key size it supports, with
 * whether FIPS 140-3 treats it as approved. One table, in one place.
 *
 * <p>The boundary validates sizes against this table, and in FIPS mode {@link FipsPolicy} refuses
 * every operation whose row is not approved for the key size at hand, before BC-FIPS is asked.
 *
 * <p>Basis of the approval flags: NIST SP 800-131A Rev. 2 (transitions), FIPS 186-5 and SP 800-186
 * (signatures, curves), SP 800-38A/B/D/E/F (modes), SP 800-56B Rev. 2 (RSA key transport), SP
 * 800-107 and SP 800-131A §10 (HMAC keys of at least 112 bits), SP 800-108 and SP 800-132 (KDFs),
 * SP 800-90A (DRBG).
 */
public final class Algorithms {

  /** What an algorithm is used for; approval often differs by use. */
  public enum Usage {
    /** Generating a key of this kind. */
    KEY_GENERATION,
    /** Encrypting data. */
    ENCRYPT,
    /** Decrypting data. */
    DECRYPT,
    /** Generating a signature. */
    SIGN,
    /** Verifying a signature. */
    VERIFY,
    /** Computing or verifying a MAC. */
    MAC,
    /** Hashing. */
    HASH,
    /** Wrapping key material. */
    WRAP,
    /** Unwrapping key material. */
    UNWRAP,
    /** Deriving keys. */
    DERIVE,
    /** Producing random bytes. */
    RANDOM
  }

  /** Key sizes in bits allowed by one entry: a list, a stepped range, or none (unkeyed). */
  public static final class KeySizes {
    private final Set<Integer> listed;
    private final int min;
    private final int max;
    private final int step;

    private KeySizes(Set<Integer> listed, int min, int max, int step) {
      this.listed = listed;
      this.min = min;
      this.max = max;
      this.step = step;
    }

    static KeySizes of(Integer... sizes) {
      return new KeySizes(Collections.unmodifiableSet(new TreeSet<>(List.of(sizes))), 0, 0, 0);
    }

    static KeySizes range(int min, int max, int step) {
      return new KeySizes(Set.of(), min, max, step);
    }

    static KeySizes unkeyed() {
      return new KeySizes(Set.of(), 0, 0, 0);
    }

    /** Whether the entry takes no key (hashes, random bytes). */
    public boolean isUnkeyed() {
      return listed.isEmpty() && step == 0;
    }

    /** Whether {@code bits} is an allowed size; any size is allowed for unkeyed entries. */
    public boolean contains(int bits) {
      if (isUnkeyed()) {
        return true;
      }
      if (!listed.isEmpty()) {
        return listed.contains(bits);
      }
      return bits >= min && bits <= max && (bits - min) % step == 0;
    }

    @Override
    public String toString() {
      if (isUnkeyed()) {
        return "unkeyed";
      }
      if (!listed.isEmpty()) {
        return listed.toString();
      }
      return min + ".." + max + (step == 1 ? "" : " in steps of " + step);
    }
  }

  /**
   * One row of the table.
   *
   * @param name row name, e.g. {@code AES-GCM}, {@code RSA-PSS-SHA256}, {@code EC-P-384}
   * @param usages the uses this row covers
   * @param keySizes the key sizes in bits the boundary supports
   * @param approvedFromBits smallest approved key size, 0 when every supported size is approved,
   *     {@link #NEVER} when the row is never approved
   * @param basis the standard behind the row and its approval
   */
  public record Entry(
      String name, Set<Usage> usages, KeySizes keySizes, int approvedFromBits, String basis) {

    /** Copies the usage set. */
    public Entry {
      usages = Collections.unmodifiableSet(EnumSet.copyOf(usages));
    }

    /** Whether this row is approved for a key of {@code bits} bits (ignored when unkeyed). */
    public boolean approved(int bits) {
      if (approvedFromBits == NEVER) {
        return false;
      }
      return keySizes.isUnkeyed() || (keySizes.contains(bits) && bits >= approvedFromBits);
    }
  }

  /** Marks a row that is never approved. */
  public static final int NEVER = Integer.MAX_VALUE;

  private static final int ALL = 0;
  private static final KeySizes AES_SIZES = KeySizes.of(128, 192, 256);
  private static final KeySizes TDES_SIZES = KeySizes.of(112, 168, 192);
  private static final KeySizes RSA_GENERATION_SIZES = KeySizes.of(1024, 2048, 3072, 4096);
  // Imported RSA keys may have other sizes; 1024 bits is the floor the boundary accepts.
  private static final KeySizes RSA_SIZES = KeySizes.range(1024, 16384, 8);
  private static final KeySizes HMAC_KEY_SIZES = KeySizes.range(8, 8192, 8);
  private static final KeySizes NONE = KeySizes.unkeyed();

  private static final String SP131A = "SP 800-131A Rev. 2";

  private static final List<Entry> TABLE =
      List.of(
          // ---- key generation ------------------------------------------------------------
          row("AES", KEY_GENERATION, KeySizes.of(128, 192, 256, 512), ALL, "FIPS 197; 512 = XTS"),
          row("3DES", KEY_GENERATION, TDES_SIZES, NEVER, SP131A + " §2: TDEA encryption ended"),
          row("HMAC-SHA1", KEY_GENERATION, HMAC_KEY_SIZES, 112, "FIPS 198-1; SP 800-107 §5.3.2"),
          row("HMAC-SHA224", KEY_GENERATION, HMAC_KEY_SIZES, 112, "FIPS 198-1; SP 800-107"),
          row("HMAC-SHA256", KEY_GENERATION, HMAC_KEY_SIZES, 112, "FIPS 198-1; SP 800-107"),
          row("HMAC-SHA384", KEY_GENERATION, HMAC_KEY_SIZES, 112, "FIPS 198-1; SP 800-107"),
          row("HMAC-SHA512", KEY_GENERATION, HMAC_KEY_SIZES, 112, "FIPS 198-1; SP 800-107"),
          row("BLOWFISH", KEY_GENERATION, KeySizes.range(32, 448, 8), NEVER, "opaque only"),
          row("IDEA", KEY_GENERATION, KeySizes.of(128), NEVER, "opaque only"),
          row("RC4", KEY_GENERATION, KeySizes.range(40, 2048, 8), NEVER, "opaque only"),
          row("SECRET", KEY_GENERATION, KeySizes.range(8, 65536, 8), 112, "SP 800-90A output"),
          row("RSA", KEY_GENERATION, RSA_GENERATION_SIZES, 2048, "FIPS 186-5; " + SP131A),
          row(
              "EC-P-256",
              EnumSet.of(KEY_GENERATION, SIGN, VERIFY),
              KeySizes.of(256),
              ALL,
              "FIPS 186-5; SP 800-186"),
          row(
              "EC-P-384",
              EnumSet.of(KEY_GENERATION, SIGN, VERIFY),
              KeySizes.of(384),
              ALL,
              "FIPS 186-5; SP 800-186"),
          row(
              "EC-P-521",
              EnumSet.of(KEY_GENERATION, SIGN, VERIFY),
              KeySizes.of(521),
              ALL,
              "FIPS 186-5; SP 800-186"),
          row(
              "EC-secp256k1",
              EnumSet.of(KEY_GENERATION, SIGN, VERIFY),
              KeySizes.of(256),
              NEVER,
              "SEC 2; not in SP 800-186"),
          // ---- symmetric encryption ----------------------------------------------------
          row("AES-GCM", EnumSet.of(ENCRYPT, DECRYPT, WRAP, UNWRAP), AES_SIZES, ALL, "SP 800-38D"),
          row("AES-CBC", EnumSet.of(ENCRYPT, DECRYPT), AES_SIZES, ALL, "SP 800-38A"),
          row("AES-ECB", EnumSet.of(ENCRYPT, DECRYPT), AES_SIZES, ALL, "SP 800-38A"),
          row("AES-CTR", EnumSet.of(ENCRYPT, DECRYPT), AES_SIZES, ALL, "SP 800-38A"),
          // SP 800-38E approves XTS-AES for storage. BC-FIPS has no XTS, so it is composed here
          // from the module's approved AES-ECB; every AES operation still runs inside the module.
          row(
              "AES-XTS",
              EnumSet.of(ENCRYPT, DECRYPT),
              KeySizes.of(256, 512),
              ALL,
              "IEEE 1619 / SP 800-38E; AES through the module's AES-ECB"),
          row("3DES-CBC", ENCRYPT, TDES_SIZES, NEVER, SP131A + " §2"),
          row("3DES-CBC", DECRYPT, TDES_SIZES, 168, SP131A + " §2: legacy use"),
          row("3DES-ECB", ENCRYPT, TDES_SIZES, NEVER, SP131A + " §2"),
          row("3DES-ECB", DECRYPT, TDES_SIZES, 168, SP131A + " §2: legacy use"),
          // ---- key wrapping ---------------------------------------------------------------
          row("AES-KW", EnumSet.of(WRAP, UNWRAP), AES_SIZES, ALL, "SP 800-38F; RFC 3394"),
          row("AES-KWP", EnumSet.of(WRAP, UNWRAP), AES_SIZES, ALL, "SP 800-38F; RFC 5649"),
          // ---- MACs ------------------------------------------------------------------------
          row("HMAC-SHA1", MAC, HMAC_KEY_SIZES, 112, SP131A + " §10"),
          row("HMAC-SHA224", MAC, HMAC_KEY_SIZES, 112, SP131A + " §10"),
          row("HMAC-SHA256", MAC, HMAC_KEY_SIZES, 112, SP131A + " §10"),
          row("HMAC-SHA384", MAC, HMAC_KEY_SIZES, 112, SP131A + " §10"),
          row("HMAC-SHA512", MAC, HMAC_KEY_SIZES, 112, SP131A + " §10"),
          row("AES-CMAC", MAC, AES_SIZES, ALL, "SP 800-38B"),
          // ---- hashes ------------------------------------------------------------------------
          row("MD5", HASH, NONE, NEVER, "RFC 1321; not a FIPS hash"),
          row("SHA-1", HASH, NONE, ALL, SP131A + " §9: non-signature use"),
          row("SHA-224", HASH, NONE, ALL, "FIPS 180-4"),
          row("SHA-256", HASH, NONE, ALL, "FIPS 180-4"),
          row("SHA-384", HASH, NONE, ALL, "FIPS 180-4"),
          row("SHA-512", HASH, NONE, ALL, "FIPS 180-4"),
          row("SHA3-224", HASH, NONE, ALL, "FIPS 202"),
          row("SHA3-256", HASH, NONE, ALL, "FIPS 202"),
          row("SHA3-384", HASH, NONE, ALL, "FIPS 202"),
          row("SHA3-512", HASH, NONE, ALL, "FIPS 202"),
          // ---- RSA signatures: new signatures need 2048 bits and SHA-2; verification of
          // legacy signatures (1024 bits, SHA-1) stays allowed (SP 800-131A Rev. 2 §3). -------
          row("RSA-PKCS1-SHA1", SIGN, RSA_SIZES, NEVER, SP131A + " §3"),
          row("RSA-PKCS1-SHA1", VERIFY, RSA_SIZES, 1024, SP131A + " §3: legacy use"),
          row("RSA-PKCS1-SHA224", SIGN, RSA_SIZES, 2048, "FIPS 186-5 §5"),
          row("RSA-PKCS1-SHA224", VERIFY, RSA_SIZES, 1024, SP131A + " §3"),
          row("RSA-PKCS1-SHA256", SIGN, RSA_SIZES, 2048, "FIPS 186-5 §5"),
          row("RSA-PKCS1-SHA256", VERIFY, RSA_SIZES, 1024, SP131A + " §3"),
          row("RSA-PKCS1-SHA384", SIGN, RSA_SIZES, 2048, "FIPS 186-5 §5"),
          row("RSA-PKCS1-SHA384", VERIFY, RSA_SIZES, 1024, SP131A + " §3"),
          row("RSA-PKCS1-SHA512", SIGN, RSA_SIZES, 2048, "FIPS 186-5 §5"),
          row("RSA-PKCS1-SHA512", VERIFY, RSA_SIZES, 1024, SP131A + " §3"),
          row("RSA-PSS-SHA1", SIGN, RSA_SIZES, NEVER, SP131A + " §3"),
          row("RSA-PSS-SHA1", VERIFY, RSA_SIZES, 1024, SP131A + " §3: legacy use"),
          row("RSA-PSS-SHA224", SIGN, RSA_SIZES, 2048, "FIPS 186-5 §5"),
          row("RSA-PSS-SHA224", VERIFY, RSA_SIZES, 1024, SP131A + " §3"),
          row("RSA-PSS-SHA256", SIGN, RSA_SIZES, 2048, "FIPS 186-5 §5"),
          row("RSA-PSS-SHA256", VERIFY, RSA_SIZES, 1024, SP131A + " §3"),
          row("RSA-PSS-SHA384", SIGN, RSA_SIZES, 2048, "FIPS 186-5 §5"),
          row("RSA-PSS-SHA384", VERIFY, RSA_SIZES, 1024, SP131A + " §3"),
          row("RSA-PSS-SHA512", SIGN, RSA_SIZES, 2048, "FIPS 186-5 §5"),
          row("RSA-PSS-SHA512", VERIFY, RSA_SIZES, 1024, SP131A + " §3"),
          // ---- ECDSA: the hash row here, the curve row above; both must be approved. ------
          row("ECDSA-SHA256", EnumSet.of(SIGN, VERIFY), NONE, ALL, "FIPS 186-5 §6"),
          row("ECDSA-SHA384", EnumSet.of(SIGN, VERIFY), NONE, ALL, "FIPS 186-5 §6"),
          row("ECDSA-SHA512", EnumSet.of(SIGN, VERIFY), NONE, ALL, "FIPS 186-5 §6"),
          // ---- RSA encryption ----------------------------------------------------------------
          row("RSA-OAEP-SHA1", EnumSet.of(ENCRYPT, DECRYPT), RSA_SIZES, 2048, "SP 800-56B Rev. 2"),
          row("RSA-OAEP-SHA224", EnumSet.of(ENCRYPT, DECRYPT), RSA_SIZES, 2048, "SP 800-56B"),
          row("RSA-OAEP-SHA256", EnumSet.of(ENCRYPT, DECRYPT), RSA_SIZES, 2048, "SP 800-56B"),
          row("RSA-OAEP-SHA384", EnumSet.of(ENCRYPT, DECRYPT), RSA_SIZES, 2048, "SP 800-56B"),
          row("RSA-OAEP-SHA512", EnumSet.of(ENCRYPT, DECRYPT), RSA_SIZES, 2048, "SP 800-56B"),
          row(
              "RSA-PKCS1V15-ENC",
              EnumSet.of(ENCRYPT, DECRYPT),
              RSA_SIZES,
              NEVER,
              SP131A + " §6: PKCS#1 v1.5 key transport ended 2023"),
          // ---- key derivation (key size = bits of the base key or password) --------------
          row("PBKDF2-HMAC-SHA1", DERIVE, KeySizes.range(8, 8192, 8), 112, "SP 800-132"),
          row("PBKDF2-HMAC-SHA224", DERIVE, KeySizes.range(8, 8192, 8), 112, "SP 800-132"),
          row("PBKDF2-HMAC-SHA256", DERIVE, KeySizes.range(8, 8192, 8), 112, "SP 800-132"),
          row("PBKDF2-HMAC-SHA384", DERIVE, KeySizes.range(8, 8192, 8), 112, "SP 800-132"),
          row("PBKDF2-HMAC-SHA512", DERIVE, KeySizes.range(8, 8192, 8), 112, "SP 800-132"),
          row("KDF-CTR-HMAC-SHA1", DERIVE, HMAC_KEY_SIZES, 112, "SP 800-108r1 §4.1"),
          row("KDF-CTR-HMAC-SHA224", DERIVE, HMAC_KEY_SIZES, 112, "SP 800-108r1 §4.1"),
          row("KDF-CTR-HMAC-SHA256", DERIVE, HMAC_KEY_SIZES, 112, "SP 800-108r1 §4.1"),
          row("KDF-CTR-HMAC-SHA384", DERIVE, HMAC_KEY_SIZES, 112, "SP 800-108r1 §4.1"),
          row("KDF-CTR-HMAC-SHA512", DERIVE, HMAC_KEY_SIZES, 112, "SP 800-108r1 §4.1"),
          row("KDF-CTR-AES-CMAC", DERIVE, AES_SIZES, ALL, "SP 800-108r1 §4.1"),
          row("HMAC-DERIVE-SHA1", DERIVE, HMAC_KEY_SIZES, NEVER, "not an SP 800-108 KDF"),
          row("HMAC-DERIVE-SHA224", DERIVE, HMAC_KEY_SIZES, NEVER, "not an SP 800-108 KDF"),
          row("HMAC-DERIVE-SHA256", DERIVE, HMAC_KEY_SIZES, NEVER, "not an SP 800-108 KDF"),
          row("HMAC-DERIVE-SHA384", DERIVE, HMAC_KEY_SIZES, NEVER, "not an SP 800-108 KDF"),
          row("HMAC-DERIVE-SHA512", DERIVE, HMAC_KEY_SIZES, NEVER, "not an SP 800-108 KDF"),
          // ---- random ------------------------------------------------------------------------
          row("DRBG-HASH-SHA512", RANDOM, NONE, ALL, "SP 800-90A Rev. 1 §10.1.1"));

  private static final Map<String, Map<Usage, Entry>> INDEX = index(TABLE);

  private Algorithms() {}

  private static Entry row(String name, Usage usage, KeySizes sizes, int approvedFrom, String b) {
    return new Entry(name, EnumSet.of(usage), sizes, approvedFrom, b);
  }

  private static Entry row(
      String name, Set<Usage> usages, KeySizes sizes, int approvedFrom, String basis) {
    return new Entry(name, usages, sizes, approvedFrom, basis);
  }

  private static Map<String, Map<Usage, Entry>> index(List<Entry> table) {
    Map<String, Map<Usage, Entry>> index = new HashMap<>();
    for (Entry entry : table) {
      Map<Usage, Entry> byUsage =
          index.computeIfAbsent(entry.name(), n -> new EnumMap<>(Usage.class));
      for (Usage usage : entry.usages()) {
        if (byUsage.put(usage, entry) != null) {
          // A duplicate would make the policy ambiguous: fail at class load, not at audit time.
          throw new IllegalStateException("duplicate policy row " + entry.name() + "/" + usage);
        }
      }
    }
    Map<String, Map<Usage, Entry>> frozen = new LinkedHashMap<>();
    index.forEach((name, byUsage) -> frozen.put(name, Collections.unmodifiableMap(byUsage)));
    return Collections.unmodifiableMap(frozen);
  }

  /** All rows, in table order. */
  public static List<Entry> entries() {
    return TABLE;
  }

  /** The row for {@code name} and {@code usage}, if the boundary supports that combination. */
  public static Optional<Entry> entry(String name, Usage usage) {
    Map<Usage, Entry> byUsage = INDEX.get(name);
    return byUsage == null ? Optional.empty() : Optional.ofNullable(byUsage.get(usage));
  }

  /** Whether the boundary supports {@code name} for {@code usage} with a key of {@code bits}. */
  public static boolean isSupported(String name, Usage usage, int bits) {
    return entry(name, usage).map(e -> e.keySizes().contains(bits)).orElse(false);
  }

  /** Whether {@code name} for {@code usage} with a key of {@code bits} bits is approved. */
  public static boolean isApproved(String name, Usage usage, int bits) {
    return entry(name, usage).map(e -> e.approved(bits)).orElse(false);
  }

  /** Whether generating a {@code bits}-bit key of {@code algorithm} is approved. */
  public static boolean isApproved(SymmetricAlgorithm algorithm, int bits) {
    return isApproved(algorithm.policyName(), KEY_GENERATION, bits);
  }

  /** Whether generating a key pair of this shape is approved. */
  public static boolean isApproved(AsymmetricSpec spec) {
    return isApproved(spec.policyName(), KEY_GENERATION, spec.sizeBits());
  }

  /**
   * Whether symmetric encryption or decryption is approved.
   *
   * @param keyAlgorithm AES or TRIPLE_DES
   * @param mode the block cipher mode
   * @param usage {@link Usage#ENCRYPT} or {@link Usage#DECRYPT}
   * @param keyBits the key size in bits
   */
  public static boolean isApproved(
      SymmetricAlgorithm keyAlgorithm, CipherMode mode, Usage usage, int keyBits) {
    return isApproved(cipherRowName(keyAlgorithm, mode), usage, keyBits);
  }

  /**
   * Whether a signature operation is approved.
   *
   * @param spec the signature scheme and hash
   * @param usage {@link Usage#SIGN} or {@link Usage#VERIFY}
   * @param key the shape of the key
   */
  public static boolean isApproved(SignatureSpec spec, Usage usage, AsymmetricSpec key) {
    if (spec.scheme() == SignatureScheme.ECDSA) {
      return key instanceof AsymmetricSpec.Ec
          && isApproved(spec.policyName(), usage, 0)
          && isApproved(key.policyName(), usage, key.sizeBits());
    }
    return key instanceof AsymmetricSpec.Rsa
        && isApproved(spec.policyName(), usage, key.sizeBits());
  }

  /** Whether RSA encryption or decryption with {@code spec} and this modulus size is approved. */
  public static boolean isApproved(RsaEncryptionSpec spec, int modulusBits) {
    return isApproved(spec.policyName(), ENCRYPT, modulusBits);
  }

  /** Whether a MAC with a key of {@code keyBits} bits is approved. */
  public static boolean isApproved(MacAlgorithm algorithm, int keyBits) {
    return isApproved(algorithm.policyName(), MAC, keyBits);
  }

  /** Whether hashing with {@code algorithm} is approved. */
  public static boolean isApproved(DigestAlgorithm algorithm) {
    return isApproved(algorithm.policyName(), HASH, 0);
  }

  /** Whether wrapping under a key-encryption key of {@code kekBits} bits is approved. */
  public static boolean isApproved(KeyWrapAlgorithm algorithm, int kekBits) {
    return isApproved(algorithm.policyName(), WRAP, kekBits);
  }

  /** Whether deriving from a base key of {@code baseKeyBits} bits is approved. */
  public static boolean isApproved(Derivation derivation, int baseKeyBits) {
    return isApproved(derivation.policyName(), DERIVE, baseKeyBits);
  }

  /** Row name of a symmetric cipher, e.g. {@code AES-GCM} or {@code 3DES-CBC}. */
  static String cipherRowName(SymmetricAlgorithm keyAlgorithm, CipherMode mode) {
    return keyAlgorithm.policyName() + "-" + mode.name();
  }

  /** A short description of the sizes a row allows, for error messages. */
  static String describeSizes(String name, Usage usage) {
    return entry(name, usage).map(e -> e.keySizes().toString()).orElse("none");
  }

  /** Names of all rows that cover {@code usage}; for error messages and documentation. */
  static List<String> namesFor(Usage usage) {
    List<String> names = new ArrayList<>();
    INDEX.forEach(
        (name, byUsage) -> {
          if (byUsage.containsKey(usage)) {
            names.add(name);
          }
        });
    Collections.sort(names);
    return names;
  }
}
