package dev.arca.kmip.codec;

import dev.arca.kmip.ttlv.DecodeException;
import dev.arca.kmip.ttlv.DecodeException.Problem;
import dev.arca.kmip.ttlv.DecodeLimits;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvDecoder;
import dev.arca.kmip.ttlv.TtlvEncoder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The three message encodings and the HTTP media types KMIP Additional Message Encodings v1.0 §2.4
 * and §2.5 give them, so that a server can decode a request and encode its response by content
 * type. XML and JSON travel as UTF-8.
 */
public enum Encoding {
  TTLV("ttlv", "application/octet-stream"),
  JSON("json", "application/json"),
  XML("xml", "text/xml");

  private final String shortName;
  private final String mediaType;

  Encoding(String shortName, String mediaType) {
    this.shortName = shortName;
    this.mediaType = mediaType;
  }

  /** The short name: {@code ttlv}, {@code json} or {@code xml}. */
  public String shortName() {
    return shortName;
  }

  /** The Content-Type §2.4 prescribes for this encoding. */
  public String mediaType() {
    return mediaType;
  }

  /** The encoding named {@code ttlv}, {@code json} or {@code xml}, in any case. */
  public static Optional<Encoding> fromName(String name) {
    for (Encoding e : values()) {
      if (e.shortName.equalsIgnoreCase(name.strip())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * The encoding of a Content-Type header value, parameters ({@code ; charset=utf-8}) and case
   * ignored; {@code application/xml} is taken for {@code text/xml}.
   */
  public static Optional<Encoding> fromMediaType(String contentType) {
    int semicolon = contentType.indexOf(';');
    String type =
        (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
            .strip()
            .toLowerCase(Locale.ROOT);
    for (Encoding e : values()) {
      if (e.mediaType.equals(type)) {
        return Optional.of(e);
      }
    }
    return type.equals("application/xml") ? Optional.of(XML) : Optional.empty();
  }

  /** Decodes one message with the default limits. */
  public Ttlv decode(byte[] message) throws DecodeException {
    return decode(message, DecodeLimits.DEFAULT);
  }

  /**
   * Decodes one message; for XML and JSON the bytes must be UTF-8 (a byte order mark is skipped).
   */
  public Ttlv decode(byte[] message, DecodeLimits limits) throws DecodeException {
    boolean defaults = limits.equals(DecodeLimits.DEFAULT);
    return switch (this) {
      case TTLV -> (defaults ? Codecs.TTLV : new TtlvDecoder(limits)).decode(message);
      case JSON -> (defaults ? Codecs.JSON : new JsonCodec(limits)).decode(text(message, limits));
      case XML -> (defaults ? Codecs.XML : new XmlCodec(limits)).decode(text(message, limits));
    };
  }

  /** Encodes one message; XML and JSON as UTF-8. */
  public byte[] encode(Ttlv message) {
    return switch (this) {
      case TTLV -> Codecs.TTLV_ENCODER.encode(message);
      case JSON -> Codecs.JSON.encode(message).getBytes(StandardCharsets.UTF_8);
      case XML -> Codecs.XML.encode(message).getBytes(StandardCharsets.UTF_8);
    };
  }

  /**
   * Strict UTF-8, so that a malformed byte is an error rather than a replacement character. The
   * size is checked on the bytes first, since a character takes at least one.
   */
  private static String text(byte[] bytes, DecodeLimits limits) throws DecodeException {
    if (bytes.length > limits.maxMessageBytes()) {
      throw new DecodeException(
          Problem.TOO_LARGE, 0, -1, bytes.length + " bytes, limit " + limits.maxMessageBytes());
    }
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = utf8.decode(in, out, true);
    if (result.isError()) {
      throw new DecodeException(Problem.BAD_UTF8, in.position(), -1, "not UTF-8");
    }
    utf8.flush(out);
    out.flip();
    if (out.hasRemaining() && out.get(0) == '\uFEFF') {
      out.position(1);
    }
    return out.toString();
  }

  /** Shared codecs with the default limits; all are thread-safe. */
  private static final class Codecs {
    static final TtlvDecoder TTLV = new TtlvDecoder();
    static final TtlvEncoder TTLV_ENCODER = new TtlvEncoder();
    static final JsonCodec JSON = new JsonCodec();
    static final XmlCodec XML = new XmlCodec();
  }
}
