package dev.arca.kmip.ttlv;

import dev.arca.kmip.ItemType;
import java.util.Arrays;

/**
 * A Byte String.
 *
 * <p>Byte strings carry key material, so {@link #toString()} gives the length only, and the array
 * is copied in and out so that the tree stays immutable.
 */
public final class TtlvByteString implements Ttlv {
  private final int tag;
  private final byte[] value;

  public TtlvByteString(int tag, byte[] value) {
    this.tag = tag;
    this.value = value.clone();
  }

  /** Wraps an array the caller hands over and will not touch again (the decoder's own copy). */
  static TtlvByteString adopt(int tag, byte[] value) {
    return new TtlvByteString(value, tag);
  }

  private TtlvByteString(byte[] adopted, int tag) {
    this.tag = tag;
    this.value = adopted;
  }

  @Override
  public int tag() {
    return tag;
  }

  @Override
  public ItemType type() {
    return ItemType.BYTE_STRING;
  }

  /** A copy of the bytes. */
  public byte[] value() {
    return value.clone();
  }

  public int length() {
    return value.length;
  }

  /** For the encoders of this package: the bytes without a copy. */
  byte[] unsafeValue() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TtlvByteString b && b.tag == tag && Arrays.equals(b.value, value);
  }

  @Override
  public int hashCode() {
    return 31 * tag + Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return TtlvText.render(this);
  }
}
