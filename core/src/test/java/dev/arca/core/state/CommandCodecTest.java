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
        Atomic.of(new PutObject(minimal()), Atomic.of(new PutObject(archived))));
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
