package dev.arca.server.kmip;

import dev.arca.kmip.ItemType;
import dev.arca.kmip.Tag;
import dev.arca.kmip.ttlv.DecodeException;
import dev.arca.kmip.ttlv.DecodeException.Problem;
import dev.arca.kmip.ttlv.TtlvDecoder;

/**
 * Finds where a KMIP message ends in a byte stream. Binary TTLV has no delimiter: each message is
 * one item whose 8-byte header (3-byte tag, 1-byte type, 4-byte length; KMIP 1.4 §9.1.1) gives its
 * size. A client may only send a Request Message (KMIP 1.4 §7.1), so anything else is refused from
 * the header alone, before its body is read.
 */
final class KmipFraming {

  static final int HEADER_BYTES = TtlvDecoder.HEADER_BYTES;

  private static final int REQUEST_MESSAGE = Tag.REQUEST_MESSAGE.code();

  private KmipFraming() {}

  /**
   * The length of the frame, header included, whose header is at {@code header[offset]}.
   *
   * @throws DecodeException when the first item is not a Request Message structure, or claims more
   *     than the decoder's size limit
   */
  static int frameLength(byte[] header, int offset, TtlvDecoder decoder) throws DecodeException {
    int tag =
        ((header[offset] & 0xFF) << 16)
            | ((header[offset + 1] & 0xFF) << 8)
            | (header[offset + 2] & 0xFF);
    int type = header[offset + 3] & 0xFF;
    int prefix = tag >>> 16;
    if (prefix != 0x42 && prefix != 0x54) {
      throw new DecodeException(
          Problem.BAD_TAG, 0, -1, String.format("0x%06X; not a KMIP TTLV stream", tag));
    }
    if (tag != REQUEST_MESSAGE || type != ItemType.STRUCTURE.code()) {
      throw new DecodeException(
          Problem.BAD_VALUE,
          0,
          tag,
          String.format(
              "type 0x%02X; a client must send a Request Message structure (0x420078, type 0x01)",
              type));
    }
    return decoder.messageLength(header, offset);
  }
}
