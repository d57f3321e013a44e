package dev.arca.server.operation;

import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.SecretKeyMaterial;
import dev.arca.core.key.ManagedObjectView;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ValidityIndicator;
import dev.arca.kmip.payload.MacVerifyRequest;
import dev.arca.kmip.payload.MacVerifyResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import dev.arca.server.operation.CryptoKeys.Use;
import dev.arca.server.operation.CryptoStreams.Part;
import dev.arca.server.operation.CryptoStreams.Stream;
import java.util.Optional;

/**
 * MAC Verify (KMIP 2.1 §6.1.33, 1.4 §4.34): checks the MAC Data over the Data, in constant time,
 * with a symmetric key whose Cryptographic Usage Mask allows MAC Verify, while it is Active,
 * Deactivated or Compromised. A MAC that does not match is a successful operation with Validity
 * Indicator Invalid. Multi-part requests collect the data; the MAC Data may come with any part, and
 * the Validity Indicator with the last (§6.1.33).
 */
public final class MacVerifyHandler
    implements OperationHandler<MacVerifyRequest, MacVerifyResponse> {

  private final CryptoStreams streams;

  public MacVerifyHandler(CryptoStreams streams) {
    this.streams = streams;
  }

  @Override
  public Operation operation() {
    return Operation.MAC_VERIFY;
  }

  @Override
  public Class<MacVerifyRequest> requestType() {
    return MacVerifyRequest.class;
  }

  @Override
  public MacVerifyResponse handle(MacVerifyRequest request, RequestContext context)
      throws KmipException {
    Part part =
        Part.of(request.correlationValue(), request.initIndicator(), request.finalIndicator());
    Optional<byte[]> data =
        CryptoKeys.data(request.dataBytes(), request.dataReference(), request.dataIndex());
    if (part.single()) {
      String id = context.uniqueIdentifier(request.uniqueIdentifier());
      byte[] message = CryptoKeys.required(data, "Data");
      byte[] mac = CryptoKeys.required(request.macData(), "MAC Data");
      ManagedObjectView key = CryptoKeys.find(context, id, Use.MAC_VERIFY);
      return verdict(id, verify(context, id, mac(request, key), message, mac));
    }
    return byParts(request, part, data.orElse(new byte[0]), context);
  }

  private MacVerifyResponse byParts(
      MacVerifyRequest request, Part part, byte[] data, RequestContext context)
      throws KmipException {
    Stream stream;
    String id;
    if (part.first()) {
      id = context.uniqueIdentifier(request.uniqueIdentifier());
      CryptoParameters.Mac mac = mac(request, CryptoKeys.find(context, id, Use.MAC_VERIFY));
      stream = streams.begin(operation(), context.caller(), Optional.of(id), mac, context.now());
    } else {
      stream = streams.resume(part, operation(), context.caller(), context.now());
      id =
          CryptoKeys.ofStream(streams, stream, request.uniqueIdentifier(), context, Use.MAC_VERIFY)
              .id();
    }
    try {
      streams.append(stream, data);
      stream.lastValue(request.macData());
      if (!part.last()) {
        streams.suspend(stream, context.now());
        return new MacVerifyResponse(id, Optional.empty(), Optional.of(stream.correlationValue()));
      }
      byte[] expected = CryptoKeys.required(stream.lastValue(), "MAC Data");
      CryptoParameters.Mac mac = stream.setup(CryptoParameters.Mac.class);
      boolean valid = verify(context, id, mac, stream.data(), expected);
      streams.end(stream);
      return verdict(id, valid);
    } catch (KmipException | RuntimeException e) {
      streams.end(stream);
      throw e;
    }
  }

  private static CryptoParameters.Mac mac(MacVerifyRequest request, ManagedObjectView key)
      throws KmipException {
    return CryptoParameters.mac(
        CryptoKeys.algorithm(key),
        CryptoParameters.effective(request.cryptographicParameters(), key.attributes()),
        key.attributes());
  }

  private static boolean verify(
      RequestContext context, String id, CryptoParameters.Mac mac, byte[] data, byte[] expected)
      throws KmipException {
    SecretKeyMaterial key = CryptoKeys.secret(context, id, Use.MAC_VERIFY, mac.keyAs());
    try {
      return context.crypto().verifyMac(key, mac.algorithm(), data, expected);
    } catch (CryptoException e) {
      throw CryptoFailures.toKmip(e);
    } finally {
      key.destroy();
    }
  }

  private static MacVerifyResponse verdict(String id, boolean valid) {
    return MacVerifyResponse.of(id, valid ? ValidityIndicator.VALID : ValidityIndicator.INVALID);
  }
}
