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
 * KMIP 1.4 §4.32 Table 235, KMIP 2.1 §6.1.56 Table 337 Signature Verify request (since KMIP 1.2).
 *
 * <p>KMIP 1.3 added the multi-part fields (Correlation Value, Init Indicator, Final Indicator) and
 * KMIP 1.4 the Digested Data. {@link #toString()} shows byte fields by length only.
 *
 * @param uniqueIdentifier the verification key; absent, the server uses the ID Placeholder
 * @param cryptographicParameters absent, the key's own Cryptographic Parameters apply
 * @param data the signed data as sent: a Byte String, or in KMIP 2.x also a reference to the Data
 *     of an earlier batch item (KMIP 2.1 §7.9); read it with {@link #dataBytes()}. Absent for
 *     algorithms that recover the data from the signature.
 * @param digestedData the digest of the signed data, when the client hashed the data itself
 * @param signatureData the signature to verify; required for a single-part operation
 * @param correlationValue the multi-part operation this request continues
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record SignatureVerifyRequest(
    @KmipField(Tag.UNIQUE_IDENTIFIER) Optional<UniqueIdentifierValue> uniqueIdentifier,
    @KmipField(Tag.CRYPTOGRAPHIC_PARAMETERS)
        Optional<CryptographicParameters> cryptographicParameters,
    @KmipField(Tag.DATA) Optional<Ttlv> data,
    @KmipField(Tag.DIGESTED_DATA) Optional<byte[]> digestedData,
    @KmipField(Tag.SIGNATURE_DATA) Optional<byte[]> signatureData,
    @KmipField(Tag.CORRELATION_VALUE) Optional<byte[]> correlationValue,
    @KmipField(Tag.INIT_INDICATOR) Optional<Boolean> initIndicator,
    @KmipField(Tag.FINAL_INDICATOR) Optional<Boolean> finalIndicator)
    implements RequestPayload {

  public SignatureVerifyRequest {
    PayloadItems.checkData(data);
  }

  /**
   * Verifies {@code signature} over {@code data} in one part.
   *
   * @param parameters {@link CryptographicParameters#empty()} leaves the field out, so that the
   *     key's own parameters apply
   */
  public static SignatureVerifyRequest of(
      String uniqueIdentifier, CryptographicParameters parameters, byte[] data, byte[] signature) {
    return new SignatureVerifyRequest(
        Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)),
        parameters.isEmpty() ? Optional.empty() : Optional.of(parameters),
        PayloadItems.data(data),
        Optional.empty(),
        Optional.of(signature),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** A copy of the signed data, when sent as a Byte String (always so in KMIP 1.x). */
  public Optional<byte[]> dataBytes() {
    return PayloadItems.bytes(data);
  }

  /** KMIP 2.x: the earlier batch item whose Data was signed. */
  public Optional<Data> dataReference() {
    return PayloadItems.reference(data);
  }

  /** KMIP 2.x: the n-th Data of the response was signed. */
  public Optional<Integer> dataIndex() {
    return PayloadItems.index(data);
  }

  @Override
  public String toString() {
    return PayloadItems.render(
        "SignatureVerifyRequest",
        "uniqueIdentifier",
        uniqueIdentifier,
        "cryptographicParameters",
        cryptographicParameters,
        "data",
        data,
        "digestedData",
        digestedData,
        "signatureData",
        signatureData,
        "correlationValue",
        correlationValue,
        "initIndicator",
        initIndicator,
        "finalIndicator",
        finalIndicator);
  }
}
