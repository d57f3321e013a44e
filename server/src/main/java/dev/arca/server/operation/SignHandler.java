package dev.arca.server.operation;

import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.PrivateKeyMaterial;
import dev.arca.core.crypto.SignatureSpec;
import dev.arca.core.key.ManagedObjectView;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.payload.SignRequest;
import dev.arca.kmip.payload.SignResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import dev.arca.server.operation.CryptoKeys.Use;
import dev.arca.server.operation.CryptoStreams.Part;
import dev.arca.server.operation.CryptoStreams.Stream;
import java.util.Optional;

/**
 * Sign (KMIP 2.1 §6.1.55, 1.4 §4.31): signs the Data, or the Digested Data the client computed,
 * with a private key whose Cryptographic Usage Mask allows Sign and that is Active. The scheme
 * comes from the Digital Signature Algorithm, or the Padding Method and Hashing Algorithm ({@link
 * CryptoParameters#signature}); a Usage Limits allocation is taken first. Multi-part requests
 * collect the data and sign it with the last part.
 */
public final class SignHandler implements OperationHandler<SignRequest, SignResponse> {

  private final CryptoStreams streams;

  public SignHandler(CryptoStreams streams) {
    this.streams = streams;
  }

  @Override
  public Operation operation() {
    return Operation.SIGN;
  }

  @Override
  public Class<SignRequest> requestType() {
    return SignRequest.class;
  }

  @Override
  public SignResponse handle(SignRequest request, RequestContext context) throws KmipException {
    Part part =
        Part.of(request.correlationValue(), request.initIndicator(), request.finalIndicator());
    Optional<byte[]> data =
        CryptoKeys.data(request.dataBytes(), request.dataReference(), request.dataIndex());
    if (part.single()) {
      String id = context.uniqueIdentifier(request.uniqueIdentifier());
      ManagedObjectView key = CryptoKeys.find(context, id, Use.SIGN);
      SignatureSpec spec = spec(request, key);
      if (request.digestedData().isPresent()) {
        if (data.isPresent()) {
          throw CryptoParameters.invalid("give either Data or Digested Data, not both");
        }
        byte[] digest = request.digestedData().get();
        CryptoKeys.allocate(context, key, digest.length);
        return SignResponse.of(id, sign(context, id, spec, digest, true));
      }
      byte[] message = CryptoKeys.required(data, "Data or Digested Data");
      CryptoKeys.allocate(context, key, message.length);
      return SignResponse.of(id, sign(context, id, spec, message, false));
    }
    if (request.digestedData().isPresent()) {
      throw CryptoParameters.invalid("Digested Data cannot be sent in a multi-part Sign");
    }
    return byParts(request, part, data.orElse(new byte[0]), context);
  }

  private SignResponse byParts(SignRequest request, Part part, byte[] data, RequestContext context)
      throws KmipException {
    Stream stream;
    ManagedObjectView key;
    if (part.first()) {
      String id = context.uniqueIdentifier(request.uniqueIdentifier());
      key = CryptoKeys.find(context, id, Use.SIGN);
      SignatureSpec spec = spec(request, key);
      stream = streams.begin(operation(), context.caller(), Optional.of(id), spec, context.now());
    } else {
      stream = streams.resume(part, operation(), context.caller(), context.now());
      key = CryptoKeys.ofStream(streams, stream, request.uniqueIdentifier(), context, Use.SIGN);
    }
    try {
      CryptoKeys.allocate(context, key, data.length);
      streams.append(stream, data);
      if (!part.last()) {
        streams.suspend(stream, context.now());
        return new SignResponse(key.id(), Optional.empty(), Optional.of(stream.correlationValue()));
      }
      byte[] signature =
          sign(context, key.id(), stream.setup(SignatureSpec.class), stream.data(), false);
      streams.end(stream);
      return SignResponse.of(key.id(), signature);
    } catch (KmipException | RuntimeException e) {
      streams.end(stream);
      throw e;
    }
  }

  private static SignatureSpec spec(SignRequest request, ManagedObjectView key)
      throws KmipException {
    return CryptoParameters.signature(
        CryptoKeys.algorithm(key),
        CryptoParameters.effective(request.cryptographicParameters(), key.attributes()));
  }

  private static byte[] sign(
      RequestContext context, String id, SignatureSpec spec, byte[] input, boolean digested)
      throws KmipException {
    PrivateKeyMaterial key = CryptoKeys.privateKey(context, id, Use.SIGN);
    try {
      return digested
          ? context.crypto().signDigest(key, spec, input)
          : context.crypto().sign(key, spec, input);
    } catch (CryptoException e) {
      throw CryptoFailures.toKmip(e);
    } finally {
      key.destroy();
    }
  }
}
