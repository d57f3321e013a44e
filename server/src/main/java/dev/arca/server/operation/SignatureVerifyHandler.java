package dev.arca.server.operation;

import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.PublicKeyMaterial;
import dev.arca.core.crypto.SignatureSpec;
import dev.arca.core.key.ManagedObjectView;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ValidityIndicator;
import dev.arca.kmip.payload.SignatureVerifyRequest;
import dev.arca.kmip.payload.SignatureVerifyResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import dev.arca.server.operation.CryptoKeys.Use;
import dev.arca.server.operation.CryptoStreams.Part;
import dev.arca.server.operation.CryptoStreams.Stream;
import java.util.Optional;

/**
 * Signature Verify (KMIP 2.1 §6.1.56, 1.4 §4.32): verifies the Signature Data over the Data or the
 * Digested Data with a public key or certificate whose Cryptographic Usage Mask allows Verify,
 * while it is Active, Deactivated or Compromised. A wrong or malformed signature is a successful
 * operation with Validity Indicator Invalid. Data recovery from the signature is not offered.
 * Multi-part requests collect the data; the Signature Data may come with any part, and the Validity
 * Indicator with the last (§6.1.56: "Non-Final parts ... SHALL NOT include the Validity
 * Indicator").
 */
public final class SignatureVerifyHandler
    implements OperationHandler<SignatureVerifyRequest, SignatureVerifyResponse> {

  private final CryptoStreams streams;

  public SignatureVerifyHandler(CryptoStreams streams) {
    this.streams = streams;
  }

  @Override
  public Operation operation() {
    return Operation.SIGNATURE_VERIFY;
  }

  @Override
  public Class<SignatureVerifyRequest> requestType() {
    return SignatureVerifyRequest.class;
  }

  @Override
  public SignatureVerifyResponse handle(SignatureVerifyRequest request, RequestContext context)
      throws KmipException {
    Part part =
        Part.of(request.correlationValue(), request.initIndicator(), request.finalIndicator());
    Optional<byte[]> data =
        CryptoKeys.data(request.dataBytes(), request.dataReference(), request.dataIndex());
    if (part.single()) {
      String id = context.uniqueIdentifier(request.uniqueIdentifier());
      byte[] signature = CryptoKeys.required(request.signatureData(), "Signature Data");
      ManagedObjectView key = CryptoKeys.find(context, id, Use.VERIFY);
      Scheme spec = scheme(request, key);
      if (request.digestedData().isPresent()) {
        if (data.isPresent()) {
          throw CryptoParameters.invalid("give either Data or Digested Data, not both");
        }
        return verdict(
            id, verify(context, key, spec, request.digestedData().get(), signature, true));
      }
      byte[] message =
          data.orElseThrow(
              () ->
                  CryptoParameters.invalid(
                      "Data or Digested Data is required: no signature scheme offered here"
                          + " recovers the data"));
      return verdict(id, verify(context, key, spec, message, signature, false));
    }
    if (request.digestedData().isPresent()) {
      throw CryptoParameters.invalid("Digested Data cannot be sent in a multi-part verification");
    }
    return byParts(request, part, data.orElse(new byte[0]), context);
  }

  private SignatureVerifyResponse byParts(
      SignatureVerifyRequest request, Part part, byte[] data, RequestContext context)
      throws KmipException {
    Stream stream;
    ManagedObjectView key;
    if (part.first()) {
      String id = context.uniqueIdentifier(request.uniqueIdentifier());
      key = CryptoKeys.find(context, id, Use.VERIFY);
      Scheme spec = scheme(request, key);
      stream = streams.begin(operation(), context.caller(), Optional.of(id), spec, context.now());
    } else {
      stream = streams.resume(part, operation(), context.caller(), context.now());
      key = CryptoKeys.ofStream(streams, stream, request.uniqueIdentifier(), context, Use.VERIFY);
    }
    try {
      streams.append(stream, data);
      stream.lastValue(request.signatureData());
      if (!part.last()) {
        streams.suspend(stream, context.now());
        return new SignatureVerifyResponse(
            key.id(), Optional.empty(), Optional.empty(), Optional.of(stream.correlationValue()));
      }
      byte[] signature = CryptoKeys.required(stream.lastValue(), "Signature Data");
      boolean valid =
          verify(context, key, stream.setup(Scheme.class), stream.data(), signature, false);
      streams.end(stream);
      return verdict(key.id(), valid);
    } catch (KmipException | RuntimeException e) {
      streams.end(stream);
      throw e;
    }
  }

  /** The signature scheme and the parameters it came from. */
  private record Scheme(SignatureSpec spec, CryptographicParameters parameters) {}

  private static Scheme scheme(SignatureVerifyRequest request, ManagedObjectView key)
      throws KmipException {
    CryptographicParameters p =
        CryptoParameters.effective(request.cryptographicParameters(), key.attributes());
    return new Scheme(CryptoParameters.signature(CryptoKeys.algorithm(key), p), p);
  }

  private static boolean verify(
      RequestContext context,
      ManagedObjectView keyObject,
      Scheme scheme,
      byte[] input,
      byte[] signature,
      boolean digested)
      throws KmipException {
    PublicKeyMaterial key = CryptoKeys.publicKey(context, keyObject, Use.VERIFY);
    try {
      for (SignatureSpec spec :
          CryptoParameters.verification(
              scheme.spec(), scheme.parameters(), key.spec().sizeBits())) {
        boolean valid =
            digested
                ? context.crypto().verifyDigest(key, spec, input, signature)
                : context.crypto().verify(key, spec, input, signature);
        if (valid) {
          return true;
        }
      }
      return false;
    } catch (CryptoException e) {
      throw CryptoFailures.toKmip(e);
    }
  }

  private static SignatureVerifyResponse verdict(String id, boolean valid) {
    return SignatureVerifyResponse.of(
        id, valid ? ValidityIndicator.VALID : ValidityIndicator.INVALID);
  }
}
