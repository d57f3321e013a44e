package dev.arca.server.operation;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.message.ProtocolVersion;
import dev.arca.kmip.payload.DiscoverVersionsRequest;
import dev.arca.kmip.payload.DiscoverVersionsResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Discover Versions (KMIP 1.4 §4.26, KMIP 2.1 §6.1.16): the protocol versions both sides speak, in
 * the client's order of preference; every version Arca speaks, newest first, when the client lists
 * none; an empty list when there is no common version.
 */
public final class DiscoverVersionsHandler
    implements OperationHandler<DiscoverVersionsRequest, DiscoverVersionsResponse> {

  @Override
  public Operation operation() {
    return Operation.DISCOVER_VERSIONS;
  }

  @Override
  public Class<DiscoverVersionsRequest> requestType() {
    return DiscoverVersionsRequest.class;
  }

  @Override
  public DiscoverVersionsResponse handle(DiscoverVersionsRequest request, RequestContext context)
      throws KmipException {
    List<ProtocolVersion> out = new ArrayList<>();
    if (request.protocolVersions().isEmpty()) {
      KmipVersion[] all = KmipVersion.values();
      for (int i = all.length - 1; i >= 0; i--) {
        out.add(ProtocolVersion.of(all[i]));
      }
    } else {
      for (ProtocolVersion asked : request.protocolVersions()) {
        if (asked.known().isPresent() && !out.contains(asked)) {
          out.add(asked);
        }
      }
    }
    return new DiscoverVersionsResponse(out);
  }
}
