package dev.arca.server.operation;

import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.DigestAlgorithm;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.payload.HashRequest;
import dev.arca.kmip.payload.HashResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import dev.arca.server.operation.CryptoStreams.Part;
import dev.arca.server.operation.CryptoStreams.Stream;
import java.util.Optional;

/**
 * Hash (KMIP 2.1 §6.1.24, 1.4 §4.37): hashes the Data with the Hashing Algorithm of the request's
 * Cryptographic Parameters (SHA-1, SHA-2, SHA-3, MD5). No key is involved. Multi-part requests
 * collect the data and return the digest with the last part.
 */
public final class HashHandler implements OperationHandler<HashRequest, HashResponse> {

  private final CryptoStreams streams;

  public HashHandler(CryptoStreams streams) {
    this.streams = streams;
  }

  @Override
  public Operation operation() {
    return Operation.HASH;
  }

  @Override
  public Class<HashRequest> requestType() {
    return HashRequest.class;
  }

  @Override
  public HashResponse handle(HashRequest request, RequestContext context) throws KmipException {
    Part part =
        Part.of(request.correlationValue(), request.initIndicator(), request.finalIndicator());
    Optional<byte[]> data =
        CryptoKeys.data(request.dataBytes(), request.dataReference(), request.dataIndex());
    if (part.single()) {
      DigestAlgorithm digest = CryptoParameters.hash(request.cryptographicParameters());
      return HashResponse.of(hash(context, digest, CryptoKeys.required(data, "Data")));
    }
    Stream stream;
    if (part.first()) {
      DigestAlgorithm digest = CryptoParameters.hash(request.cryptographicParameters());
      stream =
          streams.begin(operation(), context.caller(), Optional.empty(), digest, context.now());
    } else {
      stream = streams.resume(part, operation(), context.caller(), context.now());
    }
    try {
      streams.append(stream, data.orElse(new byte[0]));
      if (!part.last()) {
        streams.suspend(stream, context.now());
        return new HashResponse(Optional.empty(), Optional.of(stream.correlationValue()));
      }
      byte[] digest = hash(context, stream.setup(DigestAlgorithm.class), stream.data());
      streams.end(stream);
      return HashResponse.of(digest);
    } catch (KmipException | RuntimeException e) {
      streams.end(stream);
      throw e;
    }
  }

  private static byte[] hash(RequestContext context, DigestAlgorithm digest, byte[] data)
      throws KmipException {
    try {
      return context.crypto().hash(digest, data);
    } catch (CryptoException e) {
      throw CryptoFailures.toKmip(e);
    }
  }
}
