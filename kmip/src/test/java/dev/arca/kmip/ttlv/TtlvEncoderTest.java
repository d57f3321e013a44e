package dev.arca.kmip.ttlv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class TtlvEncoderTest {

  private final TtlvEncoder encoder = new TtlvEncoder();

  @Test
  void bigIntegersAreSignExtendedToTheShortestMultipleOfEightBytes() {
    assertThat(
            TtlvStream.toHex(encoder.encode(new TtlvBigInteger(0x420020, BigInteger.valueOf(-1)))))
        .isEqualTo("4200200400000008FFFFFFFFFFFFFFFF");
    assertThat(TtlvStream.toHex(encoder.encode(new TtlvBigInteger(0x420020, BigInteger.ZERO))))
        .isEqualTo("42002004000000080000000000000000");
    // 0x80 needs a zero sign byte, so nine bytes, so sixteen.
    assertThat(encoder.encode(new TtlvBigInteger(0x420020, BigInteger.ONE.shiftLeft(63))).length)
        .isEqualTo(8 + 16);
  }

  @Test
  void intervalsAreUnsigned() {
    assertThat(TtlvStream.toHex(encoder.encode(new TtlvInterval(0x420020, 0xFFFF_FFFFL))))
        .isEqualTo("4200200A00000004FFFFFFFF00000000");
  }

  @Test
  void refusesTagsThatNoDecoderAccepts() {
    for (int tag : new int[] {0x430001, 0x01420001, -1, 0}) {
      assertThatThrownBy(() -> encoder.encode(new TtlvInteger(tag, 1)))
          .isInstanceOf(IllegalArgumentException.class);
    }
    Ttlv nested = new TtlvStructure(0x420078, List.of(new TtlvBoolean(0x550000, true)));
    assertThatThrownBy(() -> encoder.encode(nested)).isInstanceOf(IllegalArgumentException.class);
  }
}
