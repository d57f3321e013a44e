package dev.arca.bench.load;

import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.payload.ActivateResponse;
import dev.arca.kmip.payload.CreateKeyPairResponse;
import dev.arca.kmip.payload.CreateResponse;
import dev.arca.kmip.payload.EncryptResponse;
import dev.arca.kmip.payload.RegisterResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys a load works on, made before the timed part and removed after it: AES-256 keys (Get,
 * Locate, Get Attributes, Encrypt, Decrypt), HMAC-SHA256 keys (MAC) and key pairs (Sign), each
 * named {@code arca-bench-<run>-…} and activated. For each operation the pool also holds its
 * requests, encoded once per key, so that the timed loop only sends bytes.
 */
final class KeyPool {

  /** Key pairs take a long time to generate; a few serve any number of connections. */
  static final int MAX_SIGNING_PAIRS = 4;

  private final Map<BenchOperation, byte[][]> requests = new EnumMap<>(BenchOperation.class);

  /** Objects to revoke before destroying them (they are Active). */
  private final List<String> active = new ArrayList<>();

  /** Every object made, in order. */
  private final List<String> made = new ArrayList<>();

  private KeyPool() {}

  /**
   * Makes the pool for {@code options}' mix over {@code setup}. On failure, what was made so far is
   * in the exception's pool ({@link PreparationException#pool()}) so that it can still be removed.
   */
  static KeyPool prepare(
      SetupSession setup, KmipRequests kmip, LoadOptions options, String runId, byte[] payload)
      throws PreparationException {
    KeyPool pool = new KeyPool();
    try {
      pool.fill(setup, kmip, options, runId, payload);
      return pool;
    } catch (IOException e) {
      throw new PreparationException(e.getMessage(), e, pool);
    }
  }

  private void fill(
      SetupSession setup, KmipRequests kmip, LoadOptions options, String runId, byte[] payload)
      throws IOException {
    OperationMix mix = options.mix();
    int n = options.keys();
    boolean symmetric = false;
    boolean mac = false;
    boolean signing = false;
    for (BenchOperation op : mix.operations()) {
      symmetric |= op.keyKind() == BenchOperation.KeyKind.SYMMETRIC;
      mac |= op.keyKind() == BenchOperation.KeyKind.MAC;
      signing |= op.keyKind() == BenchOperation.KeyKind.SIGNING;
    }
    String prefix = "arca-bench-" + runId + "-";
    if (symmetric) {
      List<byte[]> get = new ArrayList<>();
      List<byte[]> locate = new ArrayList<>();
      List<byte[]> attributes = new ArrayList<>();
      List<byte[]> encrypt = new ArrayList<>();
      List<byte[]> decrypt = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String name = prefix + "aes-" + i;
        String id =
            setup
                .call(Operation.CREATE, kmip.createAes(Optional.of(name)), CreateResponse.class)
                .uniqueIdentifier();
        made.add(id);
        setup.call(Operation.ACTIVATE, kmip.activate(id), ActivateResponse.class);
        active.add(id);
        get.add(kmip.message(Operation.GET, kmip.get(id)));
        locate.add(kmip.message(Operation.LOCATE, kmip.locateByName(name)));
        attributes.add(kmip.message(Operation.GET_ATTRIBUTES, kmip.getAttributes(id)));
        encrypt.add(kmip.message(Operation.ENCRYPT, kmip.encrypt(id, options.aesMode(), payload)));
        if (mix.contains(BenchOperation.DECRYPT)) {
          decrypt.add(
              kmip.message(Operation.DECRYPT, decryptOf(setup, kmip, options, id, payload)));
        }
      }
      requests.put(BenchOperation.GET, get.toArray(new byte[0][]));
      requests.put(BenchOperation.LOCATE, locate.toArray(new byte[0][]));
      requests.put(BenchOperation.GET_ATTRIBUTES, attributes.toArray(new byte[0][]));
      requests.put(BenchOperation.ENCRYPT, encrypt.toArray(new byte[0][]));
      requests.put(BenchOperation.DECRYPT, decrypt.toArray(new byte[0][]));
    }
    if (mac) {
      SecureRandom random = new SecureRandom();
      List<byte[]> macs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        byte[] material = new byte[32];
        random.nextBytes(material);
        String id =
            setup
                .call(
                    Operation.REGISTER,
                    kmip.registerHmac(prefix + "hmac-" + i, material),
                    RegisterResponse.class)
                .uniqueIdentifier();
        made.add(id);
        setup.call(Operation.ACTIVATE, kmip.activate(id), ActivateResponse.class);
        active.add(id);
        macs.add(kmip.message(Operation.MAC, kmip.mac(id, payload)));
      }
      requests.put(BenchOperation.MAC, macs.toArray(new byte[0][]));
    }
    if (signing) {
      List<byte[]> signs = new ArrayList<>();
      for (int i = 0; i < Math.min(n, MAX_SIGNING_PAIRS); i++) {
        CreateKeyPairResponse pair =
            setup.call(
                Operation.CREATE_KEY_PAIR,
                kmip.createSigningPair(options.signature(), prefix + "sign-" + i),
                CreateKeyPairResponse.class);
        String privateId = pair.privateKeyUniqueIdentifier();
        String publicId = pair.publicKeyUniqueIdentifier();
        made.add(privateId);
        made.add(publicId);
        setup.call(Operation.ACTIVATE, kmip.activate(privateId), ActivateResponse.class);
        active.add(privateId);
        setup.call(Operation.ACTIVATE, kmip.activate(publicId), ActivateResponse.class);
        active.add(publicId);
        signs.add(kmip.message(Operation.SIGN, kmip.sign(privateId, options.signature(), payload)));
      }
      requests.put(BenchOperation.SIGN, signs.toArray(new byte[0][]));
    }
    if (mix.contains(BenchOperation.CREATE)) {
      requests.put(
          BenchOperation.CREATE,
          new byte[][] {kmip.message(Operation.CREATE, kmip.createAes(Optional.empty()))});
    }
  }

  /** A Decrypt request for a cipher text made now with the pool key {@code id}. */
  private static dev.arca.kmip.payload.RequestPayload decryptOf(
      SetupSession setup, KmipRequests kmip, LoadOptions options, String id, byte[] payload)
      throws IOException {
    EncryptResponse e =
        setup.call(
            Operation.ENCRYPT, kmip.encrypt(id, options.aesMode(), payload), EncryptResponse.class);
    byte[] data = e.data().orElseThrow(() -> new IOException("Encrypt returned no Data"));
    byte[] iv =
        e.ivCounterNonce()
            .orElseThrow(() -> new IOException("Encrypt returned no IV/Counter/Nonce"));
    if (options.aesMode() == AesMode.GCM && e.authenticatedEncryptionTag().isEmpty()) {
      throw new IOException(
          "cannot prepare Decrypt: the server returned no Authenticated Encryption Tag for AES-GCM"
              + " at KMIP "
              + kmip.version()
              + " (the field is KMIP 1.4 and later); use --kmip-version 1.4 or later, or --aes cbc");
    }
    return kmip.decrypt(id, options.aesMode(), data, iv, e.authenticatedEncryptionTag());
  }

  /** The encoded requests of {@code op}, one per key (one for Create). */
  byte[][] requests(BenchOperation op) {
    byte[][] r = requests.get(op);
    return r == null ? new byte[0][] : r;
  }

  /** How many objects were made. */
  int size() {
    return made.size();
  }

  /** Revoke requests for the pool's Active objects, to send before {@link #destroyRequests}. */
  List<byte[]> revokeRequests(KmipRequests kmip) {
    List<byte[]> out = new ArrayList<>();
    for (String id : active) {
      out.add(kmip.message(Operation.REVOKE, kmip.revoke(id)));
    }
    return out;
  }

  /** Destroy requests for every object of the pool. */
  List<byte[]> destroyRequests(KmipRequests kmip) {
    List<byte[]> out = new ArrayList<>();
    for (String id : made) {
      out.add(kmip.message(Operation.DESTROY, kmip.destroy(id)));
    }
    return out;
  }

  /** A pool that could not be completed, with what was made before the failure. */
  static final class PreparationException extends Exception {
    private final transient KeyPool pool;

    PreparationException(String message, Throwable cause, KeyPool pool) {
      super(message, cause);
      this.pool = pool;
    }

    KeyPool pool() {
      return pool;
    }
  }
}
