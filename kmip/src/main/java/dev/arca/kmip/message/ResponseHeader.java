package dev.arca.kmip.message;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.AttestationType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** KMIP 2.1 §8.5 Response Header. */
@KmipStructure(Tag.RESPONSE_HEADER)
public record ResponseHeader(
    ProtocolVersion protocolVersion,
    @KmipField(Tag.TIME_STAMP) Instant timeStamp,
    Optional<Nonce> nonce,
    @KmipField(Tag.SERVER_HASHED_PASSWORD) Optional<byte[]> serverHashedPassword,
    @KmipField(Tag.ATTESTATION_TYPE) List<AttestationType> attestationTypes,
    @KmipField(Tag.CLIENT_CORRELATION_VALUE) Optional<String> clientCorrelationValue,
    @KmipField(Tag.SERVER_CORRELATION_VALUE) Optional<String> serverCorrelationValue,
    @KmipField(Tag.BATCH_COUNT) int batchCount) {

  public ResponseHeader {
    attestationTypes = List.copyOf(attestationTypes);
  }

  public static ResponseHeader of(ProtocolVersion version, Instant timeStamp, int batchCount) {
    return new ResponseHeader(
        version,
        timeStamp,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        batchCount);
  }
}
