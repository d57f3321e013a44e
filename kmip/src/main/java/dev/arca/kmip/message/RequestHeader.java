package dev.arca.kmip.message;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.AttestationType;
import dev.arca.kmip.enums.BatchErrorContinuationOption;
import dev.arca.kmip.ttlv.Ttlv;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * KMIP 2.1 §8.2 Request Header (the same fields as KMIP 1.4 §7.2).
 *
 * @param asynchronousIndicator a Boolean in 1.x and an Enumeration in 2.x, so kept as an item
 */
@KmipStructure(Tag.REQUEST_HEADER)
public record RequestHeader(
    ProtocolVersion protocolVersion,
    @KmipField(Tag.MAXIMUM_RESPONSE_SIZE) Optional<Integer> maximumResponseSize,
    @KmipField(Tag.CLIENT_CORRELATION_VALUE) Optional<String> clientCorrelationValue,
    @KmipField(Tag.SERVER_CORRELATION_VALUE) Optional<String> serverCorrelationValue,
    @KmipField(Tag.ASYNCHRONOUS_INDICATOR) Optional<Ttlv> asynchronousIndicator,
    @KmipField(Tag.ATTESTATION_CAPABLE_INDICATOR) Optional<Boolean> attestationCapableIndicator,
    @KmipField(Tag.ATTESTATION_TYPE) List<AttestationType> attestationTypes,
    Optional<Authentication> authentication,
    @KmipField(Tag.BATCH_ERROR_CONTINUATION_OPTION)
        Optional<BatchErrorContinuationOption> batchErrorContinuationOption,
    @KmipField(Tag.BATCH_ORDER_OPTION) Optional<Boolean> batchOrderOption,
    @KmipField(Tag.TIME_STAMP) Optional<Instant> timeStamp,
    @KmipField(Tag.BATCH_COUNT) int batchCount) {

  public RequestHeader {
    attestationTypes = List.copyOf(attestationTypes);
    if (batchCount < 1) {
      throw new IllegalArgumentException("Batch Count must be at least 1, was " + batchCount);
    }
  }

  /** A header with only the required fields. */
  public static RequestHeader of(ProtocolVersion version, int batchCount) {
    return new RequestHeader(
        version,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        batchCount);
  }

  /** A copy carrying {@code authentication}. */
  public RequestHeader withAuthentication(Authentication authentication) {
    return new RequestHeader(
        protocolVersion,
        maximumResponseSize,
        clientCorrelationValue,
        serverCorrelationValue,
        asynchronousIndicator,
        attestationCapableIndicator,
        attestationTypes,
        Optional.of(authentication),
        batchErrorContinuationOption,
        batchOrderOption,
        timeStamp,
        batchCount);
  }
}
