package dev.arca.server.operation;

import dev.arca.core.key.ManagedObjectView;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.payload.EncryptRequest;
import dev.arca.kmip.payload.EncryptResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import dev.arca.server.operation.CryptoCiphers.Block;
import dev.arca.server.operation.CryptoCiphers.Output;
import dev.arca.server.operation.CryptoCiphers.Setup;
import dev.arca.server.operation.CryptoKeys.Use;
import dev.arca.server.operation.CryptoStreams.Part;
import dev.arca.server.operation.CryptoStreams.Stream;
import java.util.Optional;

/**
 * Encrypt (KMIP 2.1 §6.1.17, 1.4 §4.29): encrypts the Data with a symmetric key (AES, 3DES) or an
 * RSA public key whose Cryptographic Usage Mask allows Encrypt and that may apply protection now
 * (Active). The Cryptographic Parameters come from the request or the key ({@link
 * CryptoParameters}); a Usage Limits allocation is taken first; a generated IV is returned; for GCM
 * the Authenticated Encryption Tag is returned with the last of the cipher text. Multi-part
 * requests are served through {@link CryptoStreams}.
 */
public final class EncryptHandler implements OperationHandler<EncryptRequest, EncryptResponse> {

  private final CryptoStreams streams;

  public EncryptHandler(CryptoStreams streams) {
    this.streams = streams;
  }

  @Override
  public Operation operation() {
    return Operation.ENCRYPT;
  }

  @Override
  public Class<EncryptRequest> requestType() {
    return EncryptRequest.class;
  }

  @Override
  public EncryptResponse handle(EncryptRequest request, RequestContext context)
      throws KmipException {
    Part part =
        Part.of(request.correlationValue(), request.initIndicator(), request.finalIndicator());
    Optional<byte[]> data =
        CryptoKeys.data(request.dataBytes(), request.dataReference(), request.dataIndex());
    if (part.single()) {
      return single(request, CryptoKeys.required(data, "Data"), context);
    }
    return byParts(request, part, data.orElse(new byte[0]), context);
  }

  private EncryptResponse single(EncryptRequest request, byte[] data, RequestContext context)
      throws KmipException {
    String id = context.uniqueIdentifier(request.uniqueIdentifier());
    ManagedObjectView key = CryptoKeys.find(context, id, Use.ENCRYPT);
    Setup setup = setup(request, key, context, false);
    CryptoKeys.allocate(context, key, data.length);
    Output out = CryptoCiphers.encrypt(context, key, setup, data);
    return new EncryptResponse(
        id, Optional.of(out.data()), returnedIv(setup, out), Optional.empty(), out.tag());
  }

  private EncryptResponse byParts(
      EncryptRequest request, Part part, byte[] data, RequestContext context) throws KmipException {
    Stream stream;
    ManagedObjectView key;
    if (part.first()) {
      String id = context.uniqueIdentifier(request.uniqueIdentifier());
      key = CryptoKeys.find(context, id, Use.ENCRYPT);
      Setup setup = setup(request, key, context, true);
      stream = streams.begin(operation(), context.caller(), Optional.of(id), setup, context.now());
    } else {
      stream = streams.resume(part, operation(), context.caller(), context.now());
      key = CryptoKeys.ofStream(streams, stream, request.uniqueIdentifier(), context, Use.ENCRYPT);
    }
    try {
      Setup setup = stream.setup(Setup.class);
      CryptoKeys.allocate(context, key, data.length);
      streams.append(stream, data);
      Optional<byte[]> iv = part.first() ? returnedIv(setup, null) : Optional.empty();
      if (part.last()) {
        Output out = CryptoCiphers.encrypt(context, key, setup, stream.data());
        byte[] rest = CryptoCiphers.tail(out.data(), stream.emitted());
        streams.end(stream);
        return new EncryptResponse(key.id(), Optional.of(rest), iv, Optional.empty(), out.tag());
      }
      int ready = CryptoCiphers.releasable(setup, stream.length(), true);
      byte[] now = new byte[0];
      if (ready > stream.emitted()) {
        Output out = CryptoCiphers.encryptPrefix(context, key.id(), setup, stream.data(ready));
        now = CryptoCiphers.tail(out.data(), stream.emitted());
        stream.emitted(ready);
      }
      streams.suspend(stream, context.now());
      return new EncryptResponse(
          key.id(),
          now.length == 0 ? Optional.empty() : Optional.of(now),
          iv,
          Optional.of(stream.correlationValue()),
          Optional.empty());
    } catch (KmipException | RuntimeException e) {
      streams.end(stream);
      throw e;
    }
  }

  private static Setup setup(
      EncryptRequest request, ManagedObjectView key, RequestContext context, boolean multiPart)
      throws KmipException {
    return CryptoCiphers.encryption(
        context,
        key,
        request.cryptographicParameters(),
        request.ivCounterNonce(),
        request.authenticatedEncryptionAdditionalData(),
        multiPart);
  }

  /**
   * The IV the response returns: the one the server generated (KMIP 2.1 Table 215: "The value used
   * if the Cryptographic Parameters specified Random IV and the IV/Counter/Nonce value was not
   * provided in the request").
   */
  private static Optional<byte[]> returnedIv(Setup setup, Output out) {
    if (!(setup instanceof Block) || !((Block) setup).ivGenerated()) {
      return Optional.empty();
    }
    Block b = (Block) setup;
    return Optional.ofNullable(b.iv() != null ? b.iv() : out == null ? null : out.iv());
  }
}
