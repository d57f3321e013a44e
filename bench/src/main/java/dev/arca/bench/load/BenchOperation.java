package dev.arca.bench.load;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one step of the load does. Every step but {@link #HANDSHAKE} is one KMIP request on the
 * worker's connection; a handshake step replaces the worker's connection with a new one, so that
 * its cost is that of a client opening a new mutual-TLS connection.
 */
public enum BenchOperation {
  /** Create (KMIP 2.1 §6.1.8) of an AES-256 key: a durable write. */
  CREATE("create", KeyKind.NONE),
  /** Get (§6.1.19) of a pool key, its material in the response. */
  GET("get", KeyKind.SYMMETRIC),
  /** Locate (§6.1.28) of a pool key by its Name. */
  LOCATE("locate", KeyKind.SYMMETRIC),
  /** Get Attributes (§6.1.21) of a pool key: its algorithm, length, usage mask and state. */
  GET_ATTRIBUTES("get-attributes", KeyKind.SYMMETRIC),
  /** Encrypt (§6.1.17) of the payload with a pool AES key, the server choosing the IV. */
  ENCRYPT("encrypt", KeyKind.SYMMETRIC),
  /** Decrypt (§6.1.13) of a cipher text made for each pool key while the pool was prepared. */
  DECRYPT("decrypt", KeyKind.SYMMETRIC),
  /** Sign (§6.1.52) of the payload with a pool private key (RSA or ECDSA). */
  SIGN("sign", KeyKind.SIGNING),
  /** MAC (§6.1.30) of the payload with a pool HMAC-SHA256 key. */
  MAC("mac", KeyKind.MAC),
  /** A new TCP connection and a full or resumed mutual-TLS handshake, then the old one closed. */
  HANDSHAKE("handshake", KeyKind.NONE);

  /** Which part of the key pool an operation needs. */
  enum KeyKind {
    NONE,
    SYMMETRIC,
    SIGNING,
    MAC
  }

  private final String id;
  private final KeyKind keyKind;

  BenchOperation(String id, KeyKind keyKind) {
    this.id = id;
    this.keyKind = keyKind;
  }

  /** The name used on the command line and in reports, e.g. {@code get-attributes}. */
  public String id() {
    return id;
  }

  KeyKind keyKind() {
    return keyKind;
  }

  /** The operation named {@code id} (case-insensitive), if there is one. */
  public static Optional<BenchOperation> find(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (BenchOperation op : values()) {
      if (op.id.equals(wanted)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }

  /** The names of every operation, for messages. */
  public static String allIds() {
    return Arrays.stream(values()).map(BenchOperation::id).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return id;
  }
}
