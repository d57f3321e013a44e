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
 * KMIP 1.4 §4.31 Table 233, KMIP 2.1 §6.1.55 Table 334 Sign request (since KMIP 1.2).
 *
 * <p>KMIP 1.3 added the multi-part fields (Correlation Value, Init Indicator, Final Indicator) and
 * KMIP 1.4 the Digested Data. {@link #toString()} shows byte fields by length only.
 *
 * @param uniqueIdentifier the signing key; absent, the server uses the ID Placeholder
 * @param cryptographicParameters absent, the key's own Cryptographic Parameters apply
 * @param data the data to sign as sent: a Byte String, or in KMIP 2.x also a reference to the Data
 *     of an earlier batch item (KMIP 2.1 §7.9); read it with {@link #dataBytes()}. Required for a
 *     single-part operation unless Digested Data is given.
 * @param digestedData the digest to sign, when the client hashed the data itself
 * @param correlationValue the multi-part operation this request continues
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record SignRequest(
    @KmipField(Tag.UNIQUE_IDENTIFIER) Optional<UniqueIdentifierValue> uniqueIdentifier,
    @KmipField(Tag.CRYPTOGRAPHIC_PARAMETERS)
        Optional<CryptographicParameters> cryptographicParameters,
    @KmipField(Tag.DATA) Optional<Ttlv> data,
    @KmipField(Tag.DIGESTED_DATA) Optional<byte[]> digestedData,
    @KmipField(Tag.CORRELATION_VALUE) Optional<byte[]> correlationValue,
    @KmipField(Tag.INIT_INDICATOR) Optional<Boolean> initIndicator,
    @KmipField(Tag.FINAL_INDICATOR) Optional<Boolean> finalIndicator)
    implements RequestPayload {

  public SignRequest {
    PayloadItems.checkData(data);
  }

  /**
   * Signs {@code data} in one part.
   *
   * @param parameters {@link CryptographicParameters#empty()} leaves the field out, so that the
   *     key's own parameters apply
   */
  public static SignRequest of(
      String uniqueIdentifier, CryptographicParameters parameters, byte[] data) {
    return new SignRequest(
        Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)),
        parameters.isEmpty() ? Optional.empty() : Optional.of(parameters),
        PayloadItems.data(data),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** Signs a digest the client computed. */
  public static SignRequest ofDigest(
      String uniqueIdentifier, CryptographicParameters parameters, byte[] digestedData) {
    return new SignRequest(
        Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)),
        parameters.isEmpty() ? Optional.empty() : Optional.of(parameters),
        Optional.empty(),
        Optional.of(digestedData),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** A copy of the data to sign, when sent as a Byte String (always so in KMIP 1.x). */
  public Optional<byte[]> dataBytes() {
    return PayloadItems.bytes(data);
  }

  /** KMIP 2.x: the earlier batch item whose Data is to be signed. */
  public Optional<Data> dataReference() {
    return PayloadItems.reference(data);
  }

  /** KMIP 2.x: the n-th Data of the response is to be signed. */
  public Optional<Integer> dataIndex() {
    return PayloadItems.index(data);
  }

  @Override
  public String toString() {
    return PayloadItems.render(
        "SignRequest",
        "uniqueIdentifier",
        uniqueIdentifier,
        "cryptographicParameters",
        cryptographicParameters,
        "data",
        data,
        "digestedData",
        digestedData,
        "correlationValue",
        correlationValue,
        "initIndicator",
        initIndicator,
        "finalIndicator",
        finalIndicator);
  }
}
