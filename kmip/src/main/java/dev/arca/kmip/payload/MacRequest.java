package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.Data;
import dev.arca.kmip.ttlv.Ttlv;
import java.util.Optional;

/**
 * KMIP 1.4 §4.33 Table 237, KMIP 2.1 §6.1.32 Table 259 MAC request (since KMIP 1.2; multi-part
 * fields since 1.3). {@link #toString()} shows byte fields by length only.
 *
 * @param uniqueIdentifier the MAC key; absent, the server uses the ID Placeholder
 * @param cryptographicParameters absent, the key's own Cryptographic Parameters apply
 * @param data the data to MAC as sent: a Byte String, or in KMIP 2.x also a reference to the Data
 *     of an earlier batch item (KMIP 2.1 §7.9); read it with {@link #dataBytes()}. Required for a
 *     single-part operation.
 * @param correlationValue the multi-part operation this request continues
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record MacRequest(
    @KmipField(Tag.UNIQUE_IDENTIFIER) Optional<UniqueIdentifierValue> uniqueIdentifier,
    @KmipField(Tag.CRYPTOGRAPHIC_PARAMETERS)
        Optional<CryptographicParameters> cryptographicParameters,
    @KmipField(Tag.DATA) Optional<Ttlv> data,
    @KmipField(Tag.CORRELATION_VALUE) Optional<byte[]> correlationValue,
    @KmipField(Tag.INIT_INDICATOR) Optional<Boolean> initIndicator,
    @KmipField(Tag.FINAL_INDICATOR) Optional<Boolean> finalIndicator)
    implements RequestPayload {

  public MacRequest {
    PayloadItems.checkData(data);
  }

  /**
   * MACs {@code data} in one part.
   *
   * @param parameters {@link CryptographicParameters#empty()} leaves the field out, so that the
   *     key's own parameters apply
   */
  public static MacRequest of(
      String uniqueIdentifier, CryptographicParameters parameters, byte[] data) {
    return new MacRequest(
        Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)),
        parameters.isEmpty() ? Optional.empty() : Optional.of(parameters),
        PayloadItems.data(data),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** A copy of the data to MAC, when sent as a Byte String (always so in KMIP 1.x). */
  public Optional<byte[]> dataBytes() {
    return PayloadItems.bytes(data);
  }

  /** KMIP 2.x: the earlier batch item whose Data is to be MACed. */
  public Optional<Data> dataReference() {
    return PayloadItems.reference(data);
  }

  /** KMIP 2.x: the n-th Data of the response is to be MACed. */
  public Optional<Integer> dataIndex() {
    return PayloadItems.index(data);
  }

  @Override
  public String toString() {
    return PayloadItems.render(
        "MacRequest",
        "uniqueIdentifier",
        uniqueIdentifier,
        "cryptographicParameters",
        cryptographicParameters,
        "data",
        data,
        "correlationValue",
        correlationValue,
        "initIndicator",
        initIndicator,
        "finalIndicator",
        finalIndicator);
  }
}
