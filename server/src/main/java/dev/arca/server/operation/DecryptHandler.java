package dev.arca.server.operation;

import dev.arca.core.key.ManagedObjectView;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.payload.DecryptRequest;
import dev.arca.kmip.payload.DecryptResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import dev.arca.server.operation.CryptoCiphers.Setup;
import dev.arca.server.operation.CryptoKeys.Use;
import dev.arca.server.operation.CryptoStreams.Part;
import dev.arca.server.operation.CryptoStreams.Stream;
import java.util.Optional;

/**
 * Decrypt (KMIP 2.1 §6.1.11, 1.4 §4.30): decrypts the Data with a symmetric key or an RSA private
 * key whose Cryptographic Usage Mask allows Decrypt. Processing is allowed while the key is Active,
 * Deactivated or Compromised (KMIP 2.1 §4.57). For GCM the Authenticated Encryption Tag comes in
 * its own field or, failing that, appended to the Data; a tag, IV or data that does not
 * authenticate is Cryptographic Failure and returns no plaintext. Multi-part requests are served
 * through {@link CryptoStreams}.
 */
public final class DecryptHandler implements OperationHandler<DecryptRequest, DecryptResponse> {

  private final CryptoStreams streams;

  public DecryptHandler(CryptoStreams streams) {
    this.streams = streams;
  }

  @Override
  public Operation operation() {
    return Operation.DECRYPT;
  }

  @Override
  public Class<DecryptRequest> requestType() {
    return DecryptRequest.class;
  }

  @Override
  public DecryptResponse handle(DecryptRequest request, RequestContext context)
      throws KmipException {
    Part part =
        Part.of(request.correlationValue(), request.initIndicator(), request.finalIndicator());
    Optional<byte[]> data =
        CryptoKeys.data(request.dataBytes(), request.dataReference(), request.dataIndex());
    if (part.single()) {
      String id = context.uniqueIdentifier(request.uniqueIdentifier());
      byte[] cipherText = CryptoKeys.required(data, "Data");
      ManagedObjectView key = CryptoKeys.find(context, id, Use.DECRYPT);
      Setup setup = setup(request, key);
      byte[] plain = CryptoCiphers.decrypt(context, id, setup, cipherText);
      return new DecryptResponse(id, Optional.of(plain), Optional.empty());
    }
    return byParts(request, part, data.orElse(new byte[0]), context);
  }

  private DecryptResponse byParts(
      DecryptRequest request, Part part, byte[] data, RequestContext context) throws KmipException {
    Stream stream;
    String id;
    if (part.first()) {
      id = context.uniqueIdentifier(request.uniqueIdentifier());
      Setup setup = setup(request, CryptoKeys.find(context, id, Use.DECRYPT));
      stream = streams.begin(operation(), context.caller(), Optional.of(id), setup, context.now());
    } else {
      stream = streams.resume(part, operation(), context.caller(), context.now());
      id =
          CryptoKeys.ofStream(streams, stream, request.uniqueIdentifier(), context, Use.DECRYPT)
              .id();
    }
    try {
      Setup setup = stream.setup(Setup.class);
      streams.append(stream, data);
      if (part.last()) {
        byte[] plain = CryptoCiphers.decrypt(context, id, setup, stream.data());
        byte[] rest = CryptoCiphers.tail(plain, stream.emitted());
        streams.end(stream);
        return new DecryptResponse(id, Optional.of(rest), Optional.empty());
      }
      int ready = CryptoCiphers.releasable(setup, stream.length(), false);
      byte[] now = new byte[0];
      if (ready > stream.emitted()) {
        byte[] plain = CryptoCiphers.decryptPrefix(context, id, setup, stream.data(ready));
        now = CryptoCiphers.tail(plain, stream.emitted());
        stream.emitted(ready);
      }
      streams.suspend(stream, context.now());
      return new DecryptResponse(
          id,
          now.length == 0 ? Optional.empty() : Optional.of(now),
          Optional.of(stream.correlationValue()));
    } catch (KmipException | RuntimeException e) {
      streams.end(stream);
      throw e;
    }
  }

  private static Setup setup(DecryptRequest request, ManagedObjectView key) throws KmipException {
    return CryptoCiphers.decryption(
        key,
        request.cryptographicParameters(),
        request.ivCounterNonce(),
        request.authenticatedEncryptionAdditionalData(),
        request.authenticatedEncryptionTag());
  }
}
