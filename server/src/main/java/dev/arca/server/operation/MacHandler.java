package dev.arca.server.operation;

import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.SecretKeyMaterial;
import dev.arca.core.key.ManagedObjectView;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.payload.MacRequest;
import dev.arca.kmip.payload.MacResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import dev.arca.server.operation.CryptoKeys.Use;
import dev.arca.server.operation.CryptoStreams.Part;
import dev.arca.server.operation.CryptoStreams.Stream;
import java.util.Optional;

/**
 * MAC (KMIP 2.1 §6.1.32, 1.4 §4.33): computes an HMAC or AES-CMAC ({@link CryptoParameters#mac})
 * over the Data with a symmetric key whose Cryptographic Usage Mask allows MAC Generate and that is
 * Active; a Usage Limits allocation is taken first. Multi-part requests collect the data and return
 * the MAC Data with the last part.
 */
public final class MacHandler implements OperationHandler<MacRequest, MacResponse> {

  private final CryptoStreams streams;

  public MacHandler(CryptoStreams streams) {
    this.streams = streams;
  }

  @Override
  public Operation operation() {
    return Operation.MAC;
  }

  @Override
  public Class<MacRequest> requestType() {
    return MacRequest.class;
  }

  @Override
  public MacResponse handle(MacRequest request, RequestContext context) throws KmipException {
    Part part =
        Part.of(request.correlationValue(), request.initIndicator(), request.finalIndicator());
    Optional<byte[]> data =
        CryptoKeys.data(request.dataBytes(), request.dataReference(), request.dataIndex());
    if (part.single()) {
      String id = context.uniqueIdentifier(request.uniqueIdentifier());
      byte[] message = CryptoKeys.required(data, "Data");
      ManagedObjectView key = CryptoKeys.find(context, id, Use.MAC);
      CryptoParameters.Mac mac = mac(request, key);
      CryptoKeys.allocate(context, key, message.length);
      return MacResponse.of(id, compute(context, id, mac, message));
    }
    return byParts(request, part, data.orElse(new byte[0]), context);
  }

  private MacResponse byParts(MacRequest request, Part part, byte[] data, RequestContext context)
      throws KmipException {
    Stream stream;
    ManagedObjectView key;
    if (part.first()) {
      String id = context.uniqueIdentifier(request.uniqueIdentifier());
      key = CryptoKeys.find(context, id, Use.MAC);
      CryptoParameters.Mac mac = mac(request, key);
      stream = streams.begin(operation(), context.caller(), Optional.of(id), mac, context.now());
    } else {
      stream = streams.resume(part, operation(), context.caller(), context.now());
      key = CryptoKeys.ofStream(streams, stream, request.uniqueIdentifier(), context, Use.MAC);
    }
    try {
      CryptoKeys.allocate(context, key, data.length);
      streams.append(stream, data);
      if (!part.last()) {
        streams.suspend(stream, context.now());
        return new MacResponse(key.id(), Optional.empty(), Optional.of(stream.correlationValue()));
      }
      CryptoParameters.Mac mac = stream.setup(CryptoParameters.Mac.class);
      byte[] result = compute(context, key.id(), mac, stream.data());
      streams.end(stream);
      return MacResponse.of(key.id(), result);
    } catch (KmipException | RuntimeException e) {
      streams.end(stream);
      throw e;
    }
  }

  private static CryptoParameters.Mac mac(MacRequest request, ManagedObjectView key)
      throws KmipException {
    return CryptoParameters.mac(
        CryptoKeys.algorithm(key),
        CryptoParameters.effective(request.cryptographicParameters(), key.attributes()),
        key.attributes());
  }

  private static byte[] compute(
      RequestContext context, String id, CryptoParameters.Mac mac, byte[] data)
      throws KmipException {
    SecretKeyMaterial key = CryptoKeys.secret(context, id, Use.MAC, mac.keyAs());
    try {
      return context.crypto().mac(key, mac.algorithm(), data);
    } catch (CryptoException e) {
      throw CryptoFailures.toKmip(e);
    } finally {
      key.destroy();
    }
  }
}
