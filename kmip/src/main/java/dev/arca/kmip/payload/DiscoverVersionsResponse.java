package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.message.ProtocolVersion;
import java.util.List;

/**
 * KMIP 1.4 §4.26 Table 225 and §5.4, KMIP 2.1 §6.1.16 Table 212 and §6.2.1 Discover Versions
 * response: the versions both sides support, most preferred first; empty when there is none.
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record DiscoverVersionsResponse(
    @KmipField(Tag.PROTOCOL_VERSION) List<ProtocolVersion> protocolVersions)
    implements ResponsePayload {

  public DiscoverVersionsResponse {
    protocolVersions = List.copyOf(protocolVersions);
  }

  public static DiscoverVersionsResponse of(ProtocolVersion... protocolVersions) {
    return new DiscoverVersionsResponse(List.of(protocolVersions));
  }
}
