package dev.arca.kmip.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.testing.TtlvArbitraries;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvDecoder;
import dev.arca.kmip.ttlv.TtlvEncoder;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random trees cross binary TTLV, KMIP XML and KMIP JSON without loss, and encode canonically. */
class RoundTripProperties {

  private final TtlvEncoder encoder = new TtlvEncoder();
  private final TtlvDecoder decoder = new TtlvDecoder();
  private final XmlCodec xml = new XmlCodec();
  private final JsonCodec json = new JsonCodec();

  @Provide
  Arbitrary<Ttlv> trees() {
    return TtlvArbitraries.trees();
  }

  @Provide
  Arbitrary<Ttlv> anyTextTrees() {
    return TtlvArbitraries.trees(TtlvArbitraries.anyText(), 2);
  }

  @Property(tries = 400)
  void everyTreeRoundTripsThroughAllThreeEncodings(@ForAll("trees") Ttlv tree) throws Exception {
    byte[] wire = encoder.encode(tree);
    assertThat(decoder.decode(wire)).isEqualTo(tree);

    String xmlText = xml.encode(tree);
    Ttlv fromXml = xml.decode(xmlText);
    assertThat(fromXml).isEqualTo(tree);
    assertThat(xml.encode(fromXml)).isEqualTo(xmlText);

    String jsonText = json.encode(tree);
    Ttlv fromJson = json.decode(jsonText);
    assertThat(fromJson).isEqualTo(tree);
    assertThat(json.encode(fromJson)).isEqualTo(jsonText);

    assertThat(encoder.encode(fromXml)).isEqualTo(wire);
    assertThat(encoder.encode(fromJson)).isEqualTo(wire);
  }

  /** Binary TTLV and JSON carry control characters, which XML 1.0 cannot. */
  @Property(tries = 200)
  void anyTextRoundTripsThroughBinaryAndJson(@ForAll("anyTextTrees") Ttlv tree) throws Exception {
    assertThat(decoder.decode(encoder.encode(tree))).isEqualTo(tree);
    assertThat(json.decode(json.encode(tree))).isEqualTo(tree);
  }

  @Property(tries = 100)
  void sequencesRoundTrip(@ForAll("trees") Ttlv first, @ForAll("trees") Ttlv second)
      throws Exception {
    List<Ttlv> messages = List.of(first, second);

    assertThat(xml.decodeAll(xml.encodeAll(messages))).isEqualTo(messages);
    assertThat(json.decodeAll(json.encodeAll(messages))).isEqualTo(messages);
  }
}
