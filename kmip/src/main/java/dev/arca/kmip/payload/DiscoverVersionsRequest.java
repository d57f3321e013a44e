package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.message.ProtocolVersion;
import java.util.List;

/**
 * KMIP 1.4 §4.26 Table 224 and §5.4, KMIP 2.1 §6.1.16 Table 211 and §6.2.1 Discover Versions
 * request: the protocol versions the sender supports, most preferred first. An empty list asks for
 * every version the other side supports.
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record DiscoverVersionsRequest(
    @KmipField(Tag.PROTOCOL_VERSION) List<ProtocolVersion> protocolVersions)
    implements RequestPayload {

  public DiscoverVersionsRequest {
    protocolVersions = List.copyOf(protocolVersions);
  }

  public static DiscoverVersionsRequest of(ProtocolVersion... protocolVersions) {
    return new DiscoverVersionsRequest(List.of(protocolVersions));
  }
}
