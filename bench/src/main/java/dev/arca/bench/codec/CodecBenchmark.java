package dev.arca.bench.codec;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.NameType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultStatus;
import dev.arca.kmip.message.RequestBatchItem;
import dev.arca.kmip.message.RequestMessage;
import dev.arca.kmip.message.ResponseBatchItem;
import dev.arca.kmip.message.ResponseMessage;
import dev.arca.kmip.payload.Payloads;
import dev.arca.kmip.payload.RequestPayload;
import dev.arca.kmip.payload.ResponsePayload;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvDecoder;
import dev.arca.kmip.ttlv.TtlvEncoder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decode + encode throughput of two typical messages on one thread: the Create request of the OASIS
 * test case SKLC-M-1-14, and a Get response carrying a 256-bit AES key.
 *
 * <p>{@code tree} measures binary TTLV → tree → binary TTLV; {@code typed} adds the typed layer
 * (tree → message and payload records → tree), which is what the server does for every request.
 *
 * <pre>
 * java -cp 'cli/target/arca/lib/*' org.openjdk.jmh.Main CodecBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CodecBenchmark {

  private final TtlvDecoder decoder = new TtlvDecoder();
  private final TtlvEncoder encoder = new TtlvEncoder();
  private final byte[] createRequest = encoder.encode(createRequest());
  private final byte[] getResponse = encoder.encode(getResponse());

  /** The request of SKLC-M-1-14 (KMIP Profiles 1.4, symmetric key lifecycle), as in the vector. */
  static Ttlv createRequest() {
    return Ttlv.structure(
        Tag.REQUEST_MESSAGE,
        Ttlv.structure(
            Tag.REQUEST_HEADER,
            Ttlv.structure(
                Tag.PROTOCOL_VERSION,
                Ttlv.integer(Tag.PROTOCOL_VERSION_MAJOR, 1),
                Ttlv.integer(Tag.PROTOCOL_VERSION_MINOR, 4)),
            Ttlv.integer(Tag.BATCH_COUNT, 1)),
        Ttlv.structure(
            Tag.BATCH_ITEM,
            Ttlv.enumeration(Tag.OPERATION, Operation.CREATE.code()),
            Ttlv.structure(
                Tag.REQUEST_PAYLOAD,
                Ttlv.enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.code()),
                Ttlv.structure(
                    Tag.TEMPLATE_ATTRIBUTE,
                    attribute(
                        "Cryptographic Algorithm",
                        Ttlv.enumeration(Tag.ATTRIBUTE_VALUE, CryptographicAlgorithm.AES.code())),
                    attribute("Cryptographic Length", Ttlv.integer(Tag.ATTRIBUTE_VALUE, 256)),
                    attribute(
                        "Cryptographic Usage Mask",
                        Ttlv.integer(
                            Tag.ATTRIBUTE_VALUE,
                            CryptographicUsageMask.ENCRYPT.code()
                                | CryptographicUsageMask.DECRYPT.code())),
                    attribute(
                        "Name",
                        Ttlv.structure(
                            Tag.ATTRIBUTE_VALUE,
                            Ttlv.text(Tag.NAME_VALUE, "SKLC-M-1-14"),
                            Ttlv.enumeration(
                                Tag.NAME_TYPE, NameType.UNINTERPRETED_TEXT_STRING.code())))))));
  }

  private static Ttlv attribute(String name, Ttlv value) {
    return Ttlv.structure(Tag.ATTRIBUTE, Ttlv.text(Tag.ATTRIBUTE_NAME, name), value);
  }

  /** A Get response with a 256-bit AES key in Raw format. */
  static Ttlv getResponse() {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (i * 7 + 1);
    }
    return Ttlv.structure(
        Tag.RESPONSE_MESSAGE,
        Ttlv.structure(
            Tag.RESPONSE_HEADER,
            Ttlv.structure(
                Tag.PROTOCOL_VERSION,
                Ttlv.integer(Tag.PROTOCOL_VERSION_MAJOR, 1),
                Ttlv.integer(Tag.PROTOCOL_VERSION_MINOR, 4)),
            Ttlv.dateTime(Tag.TIME_STAMP, Instant.parse("2026-11-28T12:00:00Z")),
            Ttlv.integer(Tag.BATCH_COUNT, 1)),
        Ttlv.structure(
            Tag.BATCH_ITEM,
            Ttlv.enumeration(Tag.OPERATION, Operation.GET.code()),
            Ttlv.enumeration(Tag.RESULT_STATUS, ResultStatus.SUCCESS.code()),
            Ttlv.structure(
                Tag.RESPONSE_PAYLOAD,
                Ttlv.enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.code()),
                Ttlv.text(Tag.UNIQUE_IDENTIFIER, "9f3d5c1e-6b2a-4c8e-9d7f-0a1b2c3d4e5f"),
                Ttlv.structure(
                    Tag.SYMMETRIC_KEY,
                    Ttlv.structure(
                        Tag.KEY_BLOCK,
                        Ttlv.enumeration(Tag.KEY_FORMAT_TYPE, KeyFormatType.RAW.code()),
                        Ttlv.structure(Tag.KEY_VALUE, Ttlv.bytes(Tag.KEY_MATERIAL, key)),
                        Ttlv.enumeration(
                            Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.code()),
                        Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256))))));
  }

  @Benchmark
  public byte[] createRequestTree() throws KmipException {
    return encoder.encode(decoder.decode(createRequest));
  }

  @Benchmark
  public byte[] createRequestTyped() throws KmipException {
    RequestMessage m = TtlvBinder.decode(RequestMessage.class, decoder.decode(createRequest));
    RequestBatchItem item = m.batchItems().get(0);
    RequestPayload payload = Payloads.request(item.operation(), item.requestPayload().get());
    RequestBatchItem again = RequestBatchItem.of(item.operation(), Payloads.encode(payload));
    return encoder.encode(TtlvBinder.encode(new RequestMessage(m.header(), List.of(again))));
  }

  @Benchmark
  public byte[] getResponseTree() throws KmipException {
    return encoder.encode(decoder.decode(getResponse));
  }

  @Benchmark
  public byte[] getResponseTyped() throws KmipException {
    ResponseMessage m = TtlvBinder.decode(ResponseMessage.class, decoder.decode(getResponse));
    ResponseBatchItem item = m.batchItems().get(0);
    ResponsePayload payload =
        Payloads.response(item.operation().get(), item.responsePayload().get());
    ResponseBatchItem again =
        ResponseBatchItem.success(
            item.operation(), item.uniqueBatchItemId(), Optional.of(Payloads.encode(payload)));
    return encoder.encode(TtlvBinder.encode(new ResponseMessage(m.header(), List.of(again))));
  }
}
