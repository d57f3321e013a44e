package dev.arca.core.crypto;

import dev.arca.core.crypto.CryptoException.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals stored key material under the master key with AES-256-GCM (SP 800-38D).
 *
 * <p>Format, version 1: {@code version (1 byte) ‖ master key id (4 bytes, big-endian) ‖ IV (12
 * bytes) ‖ ciphertext ‖ tag (16 bytes)}. The GCM associated data is the 5-byte header followed by
 * the caller's associated data, so the version and key id are authenticated too and a sealed value
 * opens only with the associated data it was sealed with. Callers bind each value to its place by
 * passing {@link #associatedData(String, long) the object id and version}.
 *
 * <p>IVs are 96 bits from the module's approved DRBG, generated inside the module (SP 800-38D
 * §8.2.2). With random IVs one key must seal no more than 2^32 values (SP 800-38D §8.3); rotate the
 * master key long before that.
 *
 * <p>Thread-safe; the cipher engine is cached per thread.
 */
public final class Envelope {

  /** The format version written by {@link #seal}. */
  public static final int VERSION = 1;

  private static final int HEADER = 5;
  private static final int IV = 12;
  private static final int TAG = 16;
  private static final int OVERHEAD = HEADER + IV + TAG;

  private final CryptoModule module;
  private volatile MasterKeyRing ring;

  Envelope(CryptoModule module, MasterKeyRing ring) {
    this.module = Objects.requireNonNull(module, "module");
    this.ring = Objects.requireNonNull(ring, "ring");
  }

  /** The key set in use. */
  MasterKeyRing keyRing() {
    return ring;
  }

  /** Switches to a new key set (after rotation); values in flight finish with the old one. */
  void update(MasterKeyRing newRing) {
    this.ring = Objects.requireNonNull(newRing, "ring");
  }

  /**
   * Canonical associated data for a stored object: 4-byte length and UTF-8 of the object id, then
   * the 8-byte version, so that no two (id, version) pairs share an encoding.
   */
  public static byte[] associatedData(String objectId, long version) {
    byte[] id = objectId.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(4 + id.length + 8)
        .putInt(id.length)
        .put(id)
        .putLong(version)
        .array();
  }

  /** The id of the master key that seals new values. */
  public int currentKeyId() {
    return ring.current().id();
  }

  /**
   * Reads the master key id from a sealed value without opening it.
   *
   * @throws CryptoException if the value is not a sealed envelope of a known version
   */
  public static int keyIdOf(byte[] sealed) throws CryptoException {
    checkFormat(sealed);
    return ByteBuffer.wrap(sealed, 1, 4).getInt();
  }

  /** Whether {@code sealed} is under an older master key and should be re-wrapped. */
  public boolean needsRewrap(byte[] sealed) throws CryptoException {
    return keyIdOf(sealed) != currentKeyId();
  }

  /**
   * Seals {@code plaintext} under the current master key.
   *
   * @param plaintext the material to protect
   * @param aad associated data binding the value to its place, e.g. {@link #associatedData}
   */
  public byte[] seal(byte[] plaintext, byte[] aad) throws CryptoException {
    Objects.requireNonNull(plaintext, "plaintext");
    Objects.requireNonNull(aad, "aad");
    MasterKey key = ring.current();
    return Boundary.run(
        module,
        "envelope seal",
        () -> {
          byte[] out = new byte[OVERHEAD + plaintext.length];
          out[0] = VERSION;
          ByteBuffer.wrap(out, 1, 4).putInt(key.id());
          Cipher cipher = Jca.cipher("AES/GCM/NoPadding");
          cipher.init(Cipher.ENCRYPT_MODE, key.jcaKey(), module.drbg());
          byte[] iv = cipher.getIV();
          if (iv.length != IV) {
            throw new CryptoException(Reason.MODULE_ERROR, "unexpected GCM IV length from BC-FIPS");
          }
          System.arraycopy(iv, 0, out, HEADER, IV);
          cipher.updateAAD(out, 0, HEADER);
          cipher.updateAAD(aad);
          cipher.doFinal(plaintext, 0, plaintext.length, out, HEADER + IV);
          return out;
        });
  }

  /**
   * Opens a sealed value with whichever known master key sealed it.
   *
   * @throws CryptoException with reason {@code AUTHENTICATION_FAILED} if the associated data is not
   *     the one used to seal or the value was altered
   */
  public byte[] open(byte[] sealed, byte[] aad) throws CryptoException {
    Objects.requireNonNull(aad, "aad");
    int keyId = keyIdOf(sealed);
    MasterKey key =
        ring.find(keyId)
            .orElseThrow(
                () ->
                    new CryptoException(
                        Reason.INVALID_INPUT,
                        "envelope is sealed under master key " + keyId + ", which is not loaded"));
    return Boundary.run(
        module,
        "envelope open",
        () -> {
          Cipher cipher = Jca.cipher("AES/GCM/NoPadding");
          cipher.init(
              Cipher.DECRYPT_MODE, key.jcaKey(), new GCMParameterSpec(TAG * 8, sealed, HEADER, IV));
          cipher.updateAAD(sealed, 0, HEADER);
          cipher.updateAAD(aad);
          return cipher.doFinal(sealed, HEADER + IV, sealed.length - HEADER - IV);
        });
  }

  /**
   * Opens a value with any known master key and seals it again under the current one; a value
   * already under the current key is returned as a copy. The store calls this for every row after a
   * rotation, then the old key can be retired.
   */
  public byte[] rewrap(byte[] sealed, byte[] aad) throws CryptoException {
    if (!needsRewrap(sealed)) {
      return sealed.clone();
    }
    byte[] plaintext = open(sealed, aad);
    try {
      return seal(plaintext, aad);
    } finally {
      Bytes.zero(plaintext);
    }
  }

  @Override
  public String toString() {
    return "Envelope[v" + VERSION + ", current master key " + currentKeyId() + "]";
  }

  private static void checkFormat(byte[] sealed) throws CryptoException {
    if (sealed == null || sealed.length < OVERHEAD) {
      throw Boundary.invalid("not a sealed envelope: too short");
    }
    if (sealed[0] != VERSION) {
      throw Boundary.invalid("unknown envelope version " + (sealed[0] & 0xff));
    }
  }
}
