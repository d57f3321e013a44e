package dev.arca.server.operation;

import dev.arca.core.crypto.CryptoException;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.payload.RngSeedRequest;
import dev.arca.kmip.payload.RngSeedResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import java.util.Arrays;

/**
 * RNG Seed (KMIP 2.1 §6.1.50, 1.4 §4.36): mixes the client's Data into the module's DRBG as
 * additional input to a reseed (SP 800-90A §9.2), so it adds to the generator's state and never
 * replaces its entropy. At most {@value #MAX_SEED} bytes are used; the response's Data Length says
 * how many (§6.1.50: "the amount of seed data used").
 */
public final class RngSeedHandler implements OperationHandler<RngSeedRequest, RngSeedResponse> {

  /** The most seed data the boundary takes in one reseed. */
  static final int MAX_SEED = 65536;

  @Override
  public Operation operation() {
    return Operation.RNG_SEED;
  }

  @Override
  public Class<RngSeedRequest> requestType() {
    return RngSeedRequest.class;
  }

  @Override
  public RngSeedResponse handle(RngSeedRequest request, RequestContext context)
      throws KmipException {
    byte[] seed =
        CryptoKeys.required(
            CryptoKeys.data(request.dataBytes(), request.dataReference(), request.dataIndex()),
            "Data");
    if (seed.length == 0) {
      throw new KmipException(ResultReason.INVALID_FIELD, "the seed Data is empty");
    }
    byte[] used = seed.length > MAX_SEED ? Arrays.copyOf(seed, MAX_SEED) : seed;
    try {
      context.crypto().seedRandom(used);
    } catch (CryptoException e) {
      throw CryptoFailures.toKmip(e);
    } finally {
      Arrays.fill(seed, (byte) 0);
      Arrays.fill(used, (byte) 0);
    }
    return new RngSeedResponse(used.length);
  }
}
