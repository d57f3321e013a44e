package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.Data;
import dev.arca.kmip.ttlv.Ttlv;
import java.util.Objects;
import java.util.Optional;

/**
 * KMIP 1.4 §4.36 Table 243, KMIP 2.1 §6.1.50 Table 319 RNG Seed request: seeding material for the
 * server's random number generator.
 *
 * @param data the seed as sent: a Byte String, or in KMIP 2.x also a reference to the Data of an
 *     earlier batch item (KMIP 2.1 §7.9); read it with {@link #dataBytes()}, {@link
 *     #dataReference()} or {@link #dataIndex()}. Seed material is secret, so {@link #toString()}
 *     shows its length only.
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record RngSeedRequest(@KmipField(Tag.DATA) Ttlv data) implements RequestPayload {

  public RngSeedRequest {
    PayloadItems.checkData(Optional.of(Objects.requireNonNull(data, "data")));
  }

  public static RngSeedRequest of(byte[] seed) {
    return new RngSeedRequest(Ttlv.bytes(Tag.DATA, seed));
  }

  /** A copy of the seed, when sent as a Byte String (always so in KMIP 1.x). */
  public Optional<byte[]> dataBytes() {
    return PayloadItems.bytes(Optional.of(data));
  }

  /** KMIP 2.x: the earlier batch item whose Data is the seed. */
  public Optional<Data> dataReference() {
    return PayloadItems.reference(Optional.of(data));
  }

  /** KMIP 2.x: the n-th Data of the response is the seed. */
  public Optional<Integer> dataIndex() {
    return PayloadItems.index(Optional.of(data));
  }

  @Override
  public String toString() {
    return PayloadItems.render("RngSeedRequest", "data", data);
  }
}
