package dev.arca.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.core.key.AttributeSet;
import dev.arca.core.key.ManagedObject;
import dev.arca.core.key.MaterialState;
import dev.arca.core.key.SealedMaterial;
import dev.arca.core.store.TestObjects;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.State;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CommandCodecTest {

  private final CommandCodec codec = new CommandCodec();

  private static ManagedObject full() {
    return TestObjects.key("a1b2c3")
        .name("payments")
        .name("payments-alias")
        .owner("alice")
        .version("payments", 42)
        .state(State.ACTIVE)
        .date(Tag.ACTIVATION_DATE, Instant.parse("2030-01-01T00:00:00Z"))
        .custom("x", "expiry", "2031-01-01")
        .custom("y", "note", "ünïcødé")
        .revision(7)
        .build();
  }

  private static ManagedObject minimal() {
    return new ManagedObject(
        "m",
        ObjectType.OPAQUE_OBJECT,
        AttributeSet.empty(),
        Optional.empty(),
        Optional.empty(),
        0,
        MaterialState.DESTROYED,
        Optional.empty(),
        1);
  }

  private static List<Command> shapes() {
    ManagedObject archived =
        TestObjects.key("arch")
            .materialState(
                MaterialState.ARCHIVED,
                Optional.of(new SealedMaterial(KeyFormatType.PKCS_8, new byte[] {9, 8, 7})))
            .build();
    return List.of(
        new PutObject(full()),
        new PutObject(minimal()),
        new PutObject(archived),
        Atomic.of(new PutObject(full()), new PutObject(minimal())),
        Atomic.of(new PutObject(minimal()), Atomic.of(new PutObject(archived))),
        new PutRecord(RecordKey.of("user", "alice@example.com"), "enabled=true\n".getBytes(), 1),
        new PutRecord(RecordKey.of("group-2", "ünïcødé 𝄞"), new byte[0], Long.MAX_VALUE),
        new DeleteRecord(RecordKey.of("user", "bob"), 7),
        new DeleteObject("a1b2c3", 3),
        Atomic.of(
            new DeleteObject("x", 1),
            new PutRecord(RecordKey.of("setting", "fips"), new byte[] {1, 2, 3}, 2),
            new DeleteRecord(RecordKey.of("user", "carol"), 1),
            new PutObject(minimal())));
  }

  @Test
  void everyCommandShapeRoundTrips() throws Exception {
    for (Command c : shapes()) {
      byte[] bytes = codec.encode(c);
      Command back = codec.decode(bytes);
      assertThat(back).isEqualTo(c);
      // Deterministic: the same command gives the same bytes, also after a round trip.
      assertThat(codec.encode(back)).isEqualTo(bytes);
      assertThat(codec.encode(c)).isEqualTo(bytes);
    }
  }

  @Test
  void theFormatIsPinned() {
    // Version 1 of the format, for the smallest command: changing it needs a new version.
    assertThat(HexFormat.of().formatHex(codec.encode(new PutObject(minimal()))))
        .isEqualTo(
            "01" // format version
                + "01" // PutObject
                + "000000016d" // id "m"
                + "00000008" // Opaque Object
                + "00000008"
                + "4201250100000000" // empty Attributes structure
                + "00"
                + "00" // no owner, no key name
                + "00000000" // key version 0
                + "03" // destroyed
                + "00" // no material
                + "0000000000000001"); // revision 1
    byte[] atomic = codec.encode(Atomic.of(new PutObject(minimal())));
    assertThat(Arrays.copyOf(atomic, 6)).containsExactly(1, 2, 0, 0, 0, 1);
  }

  @Test
  void theRecordFormsArePinned() {
    // Type codes 3 to 5 within format version 1.
    assertThat(
            HexFormat.of()
                .formatHex(
                    codec.encode(new PutRecord(RecordKey.of("u", "a"), new byte[] {0x7f}, 2))))
        .isEqualTo(
            "01" // format version
                + "03" // PutRecord
                + "0000000175" // kind "u"
                + "0000000161" // name "a"
                + "000000017f" // body
                + "0000000000000002"); // revision 2
    assertThat(HexFormat.of().formatHex(codec.encode(new DeleteRecord(RecordKey.of("u", "a"), 1))))
        .isEqualTo("01" + "04" + "0000000175" + "0000000161" + "0000000000000001");
    assertThat(HexFormat.of().formatHex(codec.encode(new DeleteObject("m", 9))))
        .isEqualTo("01" + "05" + "000000016d" + "0000000000000009");
  }

  @Test
  void recordBodiesAreNeverInTheMessageOfAnError() {
    byte[] bytes =
        codec.encode(new PutRecord(RecordKey.of("user", "a"), new byte[] {0x5e, 0x5e, 0x5e}, 1));
    for (int n = 0; n < bytes.length; n++) {
      byte[] prefix = Arrays.copyOf(bytes, n);
      assertThatThrownBy(() -> codec.decode(prefix))
          .isInstanceOf(CommandCodecException.class)
          .hasMessageNotContaining("^^")
          .hasMessageNotContaining("5e5e");
    }
    assertThat(new PutRecord(RecordKey.of("user", "a"), new byte[] {0x5e, 0x5e}, 1).toString())
        .doesNotContain("^^")
        .contains("2 bytes");
  }

  @Test
  void invalidRecordCommandsAreRefused() {
    byte[] put = codec.encode(new PutRecord(RecordKey.of("u", "a"), new byte[] {0x7f}, 2));
    // Offsets in the pinned layout above.
    assertRefused(with(put, 6, 'U'), "invalid record key"); // kind "U": not lower case
    assertRefused(with(put, 11, 0x07), "invalid record key"); // name with a control character
    assertRefused(with(put, 11, 0xff), "record name is not valid UTF-8");
    byte[] revisionZero = put.clone();
    revisionZero[revisionZero.length - 1] = 0;
    assertRefused(revisionZero, "revision 0 is less than 1");
    byte[] negative = put.clone();
    negative[put.length - 8] = (byte) 0x80;
    assertRefused(negative, "less than 1");

    byte[] delete = codec.encode(new DeleteRecord(RecordKey.of("u", "a"), 1));
    byte[] expectedZero = delete.clone();
    expectedZero[expectedZero.length - 1] = 0;
    assertRefused(expectedZero, "expected revision 0");
    byte[] emptyName = {1, 4, 0, 0, 0, 1, 'u', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    assertRefused(emptyName, "invalid record key");

    byte[] emptyId = {1, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    assertRefused(emptyId, "empty object id");
    byte[] objectZero = codec.encode(new DeleteObject("m", 1));
    objectZero[objectZero.length - 1] = 0;
    assertRefused(objectZero, "expected revision 0");
  }

  @Test
  void oversizedRecordBodiesAreRefused() {
    byte[] body = new byte[PutRecord.MAX_BODY_BYTES + 1];
    assertThatThrownBy(() -> new PutRecord(RecordKey.of("u", "a"), body, 1))
        .isInstanceOf(IllegalArgumentException.class);
    // Hand-made bytes with a body one byte over the limit.
    byte[] head = {1, 3, 0, 0, 0, 1, 'u', 0, 0, 0, 1, 'a'};
    byte[] bytes = new byte[head.length + 4 + body.length + 8];
    System.arraycopy(head, 0, bytes, 0, head.length);
    int length = body.length;
    bytes[head.length] = (byte) (length >>> 24);
    bytes[head.length + 1] = (byte) (length >>> 16);
    bytes[head.length + 2] = (byte) (length >>> 8);
    bytes[head.length + 3] = (byte) length;
    bytes[bytes.length - 1] = 1;
    assertRefused(bytes, "more than the limit");
  }

  @Test
  void recordCommandsCompareByValue() {
    PutRecord a = new PutRecord(RecordKey.of("u", "a"), new byte[] {1, 2}, 1);
    byte[] body = {1, 2};
    PutRecord b = new PutRecord(RecordKey.of("u", "a"), body, 1);
    body[0] = 9; // the command took a copy
    assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(b.body()).containsExactly(1, 2);
    assertThat(new PutRecord(RecordKey.of("u", "a"), new byte[] {1, 3}, 1)).isNotEqualTo(a);
    assertThat(a.expectedRevision()).isZero();
  }

  @Test
  void materialIsNeverInTheMessageOfAnError() {
    byte[] bytes =
        codec.encode(
            new PutObject(
                TestObjects.key("k")
                    .material(new SealedMaterial(KeyFormatType.RAW, new byte[] {0x5e, 0x5e}))
                    .build()));
    byte[] truncated = Arrays.copyOf(bytes, bytes.length - 9);
    assertThatThrownBy(() -> codec.decode(truncated))
        .isInstanceOf(CommandCodecException.class)
        .hasMessageContaining("offset")
        .hasMessageNotContaining("5e5e")
        .hasMessageNotContaining("^^");
  }

  @Test
  void emptyAndUnknownInputIsRefused() {
    assertRefused(new byte[0], "format version");
    assertRefused(new byte[] {2, 1}, "unknown command format version 2");
    assertRefused(new byte[] {1, 9}, "unknown command type 9");
    assertRefused(new byte[] {1, 6}, "unknown command type 6");
    assertRefused(new byte[] {1}, "command type");
  }

  @Test
  void everyTruncationIsRefused() {
    for (Command c : shapes()) {
      byte[] bytes = codec.encode(c);
      for (int n = 0; n < bytes.length; n++) {
        byte[] prefix = Arrays.copyOf(bytes, n);
        assertThatThrownBy(() -> codec.decode(prefix))
            .as("prefix of %d bytes", n)
            .isInstanceOf(CommandCodecException.class);
      }
    }
  }

  @Test
  void trailingBytesAreRefused() {
    byte[] bytes = codec.encode(new PutObject(minimal()));
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    assertRefused(longer, "1 bytes after the command");
  }

  @Test
  void outOfRangeValuesAreRefused() {
    byte[] good = codec.encode(new PutObject(minimal()));
    // Offsets in the pinned layout above.
    assertRefused(with(good, 7, 0x7f), "unknown object type");
    assertRefused(with(good, 23, 2), "owner presence must be 0 or 1");
    assertRefused(with(good, 29, 9), "unknown material state 9");
    assertRefused(with(good, 30, 5), "material presence must be 0 or 1");
    assertRefused(with(good, 38, 0), "revision 0");
    // An empty id: the length 0 and the one byte of "m" left out.
    byte[] emptyId = new byte[good.length - 1];
    System.arraycopy(good, 0, emptyId, 0, 6);
    emptyId[5] = 0;
    System.arraycopy(good, 7, emptyId, 6, good.length - 7);
    assertRefused(emptyId, "invalid managed object: empty id");
  }

  @Test
  void invalidUtf8AndBadAttributesAreRefused() {
    byte[] good = codec.encode(new PutObject(minimal()));
    assertRefused(with(good, 6, 0xc3), "id is not valid UTF-8");
    assertRefused(with(good, 15, 0x43), "invalid attributes"); // tag 0x430125 is not KMIP
  }

  @Test
  void hugeCountsAndDeepNestingAreRefusedCheaply() {
    assertRefused(
        new byte[] {1, 2, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 1}, "count");
    assertRefused(new byte[] {1, 2, 0, 0, 0, 0}, "atomic command count 0");
    byte[] lengthLie = {1, 1, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff};
    assertRefused(lengthLie, "runs past the end");
    Command deep = new PutObject(minimal());
    for (int i = 0; i < 9; i++) {
      deep = Atomic.of(deep);
    }
    byte[] bytes = codec.encode(deep);
    assertRefused(bytes, "nested deeper");
  }

  @Test
  void randomAndMutatedInputNeverThrowsUnchecked() {
    Random random = new Random(7);
    List<byte[]> inputs = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      byte[] b = new byte[random.nextInt(64)];
      random.nextBytes(b);
      if (b.length > 0) {
        b[0] = 1; // past the version check most of the time
      }
      inputs.add(b);
    }
    for (Command c : shapes()) {
      byte[] bytes = codec.encode(c);
      for (int i = 0; i < 2_000; i++) {
        byte[] m = bytes.clone();
        int flips = 1 + random.nextInt(3);
        for (int f = 0; f < flips; f++) {
          m[random.nextInt(m.length)] = (byte) random.nextInt(256);
        }
        inputs.add(m);
      }
    }
    int decoded = 0;
    for (byte[] in : inputs) {
      try {
        Command c = codec.decode(in);
        // Whatever decodes is a valid command that survives a round trip.
        assertThat(codec.decode(codec.encode(c))).isEqualTo(c);
        decoded++;
      } catch (CommandCodecException expected) {
        assertThat(expected.getMessage()).contains("offset");
      }
    }
    assertThat(decoded).isPositive();
  }

  private static byte[] with(byte[] b, int at, int value) {
    byte[] copy = b.clone();
    copy[at] = (byte) value;
    return copy;
  }

  private void assertRefused(byte[] bytes, String message) {
    assertThatThrownBy(() -> codec.decode(bytes))
        .isInstanceOf(CommandCodecException.class)
        .hasMessageContaining(message);
  }
}
