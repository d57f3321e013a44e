package dev.arca.server.operation;

import dev.arca.core.crypto.CryptoException;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.payload.RngRetrieveRequest;
import dev.arca.kmip.payload.RngRetrieveResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;

/**
 * RNG Retrieve (KMIP 2.1 §6.1.49, 1.4 §4.35): returns Data Length bytes from the module's DRBG (SP
 * 800-90A), at most {@value #MAX_LENGTH} per request.
 */
public final class RngRetrieveHandler
    implements OperationHandler<RngRetrieveRequest, RngRetrieveResponse> {

  /** The most the boundary hands out in one call. */
  static final int MAX_LENGTH = 65536;

  /**
   * The most one DRBG request returns: the module limits a request to 2^18 bits (SP 800-90A Table 2
   * allows up to 2^19), so longer answers are drawn in parts.
   */
  private static final int DRBG_REQUEST = 32768;

  @Override
  public Operation operation() {
    return Operation.RNG_RETRIEVE;
  }

  @Override
  public Class<RngRetrieveRequest> requestType() {
    return RngRetrieveRequest.class;
  }

  @Override
  public RngRetrieveResponse handle(RngRetrieveRequest request, RequestContext context)
      throws KmipException {
    int length = request.dataLength();
    if (length < 1 || length > MAX_LENGTH) {
      throw new KmipException(
          ResultReason.INVALID_FIELD, "Data Length must be 1.." + MAX_LENGTH + " bytes");
    }
    try {
      byte[] out = new byte[length];
      for (int at = 0; at < length; at += DRBG_REQUEST) {
        int n = Math.min(DRBG_REQUEST, length - at);
        System.arraycopy(context.crypto().randomBytes(n), 0, out, at, n);
      }
      return new RngRetrieveResponse(out);
    } catch (CryptoException e) {
      throw CryptoFailures.toKmip(e);
    }
  }
}
