package dev.arca.server.operation;

import dev.arca.server.dispatch.OperationHandler;
import java.util.List;

/**
 * The handlers of the cryptographic services (KMIP 2.1 §6.1: Encrypt, Decrypt, Sign, Signature
 * Verify, MAC, MAC Verify, Hash, RNG Retrieve, RNG Seed), sharing one table of open multi-part
 * operations.
 */
public final class CryptoHandlers {

  private CryptoHandlers() {}

  /** A new set of handlers for one dispatcher. */
  public static List<OperationHandler<?, ?>> all() {
    CryptoStreams streams = new CryptoStreams();
    return List.of(
        new EncryptHandler(streams),
        new DecryptHandler(streams),
        new SignHandler(streams),
        new SignatureVerifyHandler(streams),
        new MacHandler(streams),
        new MacVerifyHandler(streams),
        new HashHandler(streams),
        new RngRetrieveHandler(),
        new RngSeedHandler());
  }
}
