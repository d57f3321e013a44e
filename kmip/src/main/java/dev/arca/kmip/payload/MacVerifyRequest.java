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
 * KMIP 1.4 §4.34 Table 239, KMIP 2.1 §6.1.33 Table 262 MAC Verify request (since KMIP 1.2;
 * multi-part fields since 1.3). {@link #toString()} shows byte fields by length only.
 *
 * @param uniqueIdentifier the MAC key; absent, the server uses the ID Placeholder
 * @param cryptographicParameters absent, the key's own Cryptographic Parameters apply
 * @param data the MACed data as sent: a Byte String, or in KMIP 2.x also a reference to the Data of
 *     an earlier batch item (KMIP 2.1 §7.9); read it with {@link #dataBytes()}
 * @param macData the MAC to verify; required for a single-part operation
 * @param correlationValue the multi-part operation this request continues
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record MacVerifyRequest(
    @KmipField(Tag.UNIQUE_IDENTIFIER) Optional<UniqueIdentifierValue> uniqueIdentifier,
    @KmipField(Tag.CRYPTOGRAPHIC_PARAMETERS)
        Optional<CryptographicParameters> cryptographicParameters,
    @KmipField(Tag.DATA) Optional<Ttlv> data,
    @KmipField(Tag.MAC_DATA) Optional<byte[]> macData,
    @KmipField(Tag.CORRELATION_VALUE) Optional<byte[]> correlationValue,
    @KmipField(Tag.INIT_INDICATOR) Optional<Boolean> initIndicator,
    @KmipField(Tag.FINAL_INDICATOR) Optional<Boolean> finalIndicator)
    implements RequestPayload {

  public MacVerifyRequest {
    PayloadItems.checkData(data);
  }

  /**
   * Verifies {@code mac} over {@code data} in one part.
   *
   * @param parameters {@link CryptographicParameters#empty()} leaves the field out, so that the
   *     key's own parameters apply
   */
  public static MacVerifyRequest of(
      String uniqueIdentifier, CryptographicParameters parameters, byte[] data, byte[] mac) {
    return new MacVerifyRequest(
        Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)),
        parameters.isEmpty() ? Optional.empty() : Optional.of(parameters),
        PayloadItems.data(data),
        Optional.of(mac),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** A copy of the MACed data, when sent as a Byte String (always so in KMIP 1.x). */
  public Optional<byte[]> dataBytes() {
    return PayloadItems.bytes(data);
  }

  /** KMIP 2.x: the earlier batch item whose Data was MACed. */
  public Optional<Data> dataReference() {
    return PayloadItems.reference(data);
  }

  /** KMIP 2.x: the n-th Data of the response was MACed. */
  public Optional<Integer> dataIndex() {
    return PayloadItems.index(data);
  }

  @Override
  public String toString() {
    return PayloadItems.render(
        "MacVerifyRequest",
        "uniqueIdentifier",
        uniqueIdentifier,
        "cryptographicParameters",
        cryptographicParameters,
        "data",
        data,
        "macData",
        macData,
        "correlationValue",
        correlationValue,
        "initIndicator",
        initIndicator,
        "finalIndicator",
        finalIndicator);
  }
}
