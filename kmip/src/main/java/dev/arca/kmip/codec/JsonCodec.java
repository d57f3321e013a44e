package dev.arca.kmip.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.arca.kmip.ItemType;
import dev.arca.kmip.Tag;
import dev.arca.kmip.ttlv.DecodeException;
import dev.arca.kmip.ttlv.DecodeException.Problem;
import dev.arca.kmip.ttlv.DecodeLimits;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvBigInteger;
import dev.arca.kmip.ttlv.TtlvBoolean;
import dev.arca.kmip.ttlv.TtlvByteString;
import dev.arca.kmip.ttlv.TtlvDateTime;
import dev.arca.kmip.ttlv.TtlvDateTimeExtended;
import dev.arca.kmip.ttlv.TtlvEnumeration;
import dev.arca.kmip.ttlv.TtlvInteger;
import dev.arca.kmip.ttlv.TtlvInterval;
import dev.arca.kmip.ttlv.TtlvLongInteger;
import dev.arca.kmip.ttlv.TtlvStructure;
import dev.arca.kmip.ttlv.TtlvTextString;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The KMIP JSON encoding (KMIP Additional Message Encodings v1.0 §4.1) of the generic tree.
 *
 * <p>Each item is an object {@code {"tag": …, "type": …, "value": …}} (§4.1.6): the tag by name, or
 * in hex ({@code "0x540001"}) when it has none; a Structure's value is an array of items. Values
 * follow §4.1.6.3 to §4.1.6.12: Integers and Intervals as Numbers; masks as names joined by {@code
 * |}; Long Integers as Numbers below 2^52 and hex strings beyond, as §4.1.6.5 requires; Big
 * Integers as {@code 0x} hex strings; enumerations by name, or hex where there is none; Booleans as
 * JSON literals; Byte Strings in hex; Date-Times in ISO 8601. A KMIP 1.x Attribute Value is named
 * through its sibling Attribute Name, as in XML.
 *
 * <p>Decoding accepts every form §4.1.6 allows, members in any order, and is strict and bounded:
 * Jackson's {@link StreamReadConstraints} cap document, string, number and name lengths and the
 * nesting depth; unknown members, tags, types and values are a {@link DecodeException} at the
 * character offset of the value or object at fault. No other exception escapes. Instances are
 * immutable and thread-safe.
 */
public final class JsonCodec {

  /**
   * Digits of a JSON Number. A Big Integer may come as a decimal Number (§4.1.6.6); 5,000 digits
   * hold a 16,384-bit value, and decimal parsing costs grow with the square of the length.
   */
  private static final int MAX_NUMBER_DIGITS = 5_000;

  private static final Pattern HEX_TAG = Pattern.compile("0[xX]([0-9A-Fa-f]{6})");

  /** §4.1.6.5: "any values >= 2^52 must be represented as hex strings". */
  private static final long JSON_NUMBER_LIMIT = 1L << 52;

  private static final String INDENT = "  ";

  private final DecodeLimits limits;
  private final JsonFactory factory;

  public JsonCodec() {
    this(DecodeLimits.DEFAULT);
  }

  public JsonCodec(DecodeLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxMessageBytes())
            .maxStringLength(limits.maxMessageBytes())
            .maxNumberLength(MAX_NUMBER_DIGITS)
            // Member names are "tag", "type", "value" and "name".
            .maxNameLength(64)
            // An item is an object whose value is an array: two levels per structure, one more
            // for the array of decodeAll, one more so that our own depth check speaks first.
            .maxNestingDepth(2 * limits.maxDepth() + 3)
            .build();
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
  }

  public DecodeLimits limits() {
    return limits;
  }

  // ---- decoding ------------------------------------------------------------------------------

  /** Decodes a document that is one item, usually a message. */
  public Ttlv decode(String json) throws DecodeException {
    checkSize(json);
    try (JsonParser p = factory.createParser(json)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw new DecodeException(Problem.SYNTAX, offset(p), -1, "expected an object");
      }
      Node node = object(p, 0);
      end(p);
      return convert(node, -1, null);
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** Decodes a JSON array of messages, or a single message object. */
  public List<Ttlv> decodeAll(String json) throws DecodeException {
    checkSize(json);
    int index = -1; // the message being read, for errors inside an array
    try (JsonParser p = factory.createParser(json)) {
      JsonToken first = p.nextToken();
      List<Node> nodes = new ArrayList<>();
      if (first == JsonToken.START_OBJECT) {
        nodes.add(object(p, 0));
      } else if (first == JsonToken.START_ARRAY) {
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          index = nodes.size();
          if (t != JsonToken.START_OBJECT) {
            throw new DecodeException(Problem.SYNTAX, offset(p), -1, "expected a message object");
          }
          nodes.add(object(p, 0));
        }
        index = -1;
      } else {
        throw new DecodeException(Problem.SYNTAX, offset(p), -1, "expected an array or object");
      }
      end(p);
      List<Ttlv> items = new ArrayList<>(nodes.size());
      for (Node node : nodes) {
        index = first == JsonToken.START_ARRAY ? items.size() : -1;
        items.add(convert(node, -1, null));
      }
      return items;
    } catch (IOException e) {
      DecodeException d = failure(e);
      throw index >= 0 ? d.inMessage(index) : d;
    } catch (DecodeException e) {
      throw index >= 0 ? e.inMessage(index) : e;
    }
  }

  private void checkSize(String json) throws DecodeException {
    if (json.length() > limits.maxMessageBytes()) {
      throw new DecodeException(
          Problem.TOO_LARGE,
          0,
          -1,
          json.length() + " characters, limit " + limits.maxMessageBytes());
    }
  }

  private static void end(JsonParser p) throws IOException, DecodeException {
    if (p.nextToken() != null) {
      throw new DecodeException(Problem.TRAILING_DATA, offset(p), -1, "after the document");
    }
  }

  private static long offset(JsonParser p) {
    return p.currentTokenLocation().getCharOffset();
  }

  private static DecodeException failure(IOException e) {
    long at = -1;
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof JsonProcessingException j) {
      JsonLocation location = j.getLocation();
      at = location == null ? -1 : location.getCharOffset();
      message = j.getOriginalMessage();
    }
    Problem problem = Problem.SYNTAX;
    if (e instanceof StreamConstraintsException) {
      problem = message.contains("nesting depth") ? Problem.TOO_DEEP : Problem.TOO_LARGE;
    }
    return new DecodeException(problem, at, -1, XmlCodec.shorten(message));
  }

  /**
   * An item as read, before its values are interpreted: members may come in any order, and a
   * value's meaning depends on the type and, for a KMIP 1.x Attribute Value, on a sibling.
   */
  private record Node(
      long offset,
      String tag,
      String type,
      JsonToken valueKind,
      String valueText,
      long valueOffset,
      List<Node> children) {}

  /** Reads the object whose START_OBJECT is the current token, up to its END_OBJECT. */
  private Node object(JsonParser p, int depth) throws IOException, DecodeException {
    long at = offset(p);
    String tag = null;
    String type = null;
    JsonToken kind = null;
    String text = null;
    long valueAt = -1;
    List<Node> children = null;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      String member = p.currentName();
      JsonToken value = p.nextToken();
      switch (member) {
        case "tag" -> tag = string(p, value, "tag");
        case "type" -> type = string(p, value, "type");
        case "name" -> string(p, value, "name"); // §4.1.6: informative beside a hex tag
        case "value" -> {
          kind = value;
          valueAt = offset(p);
          if (value == JsonToken.START_ARRAY) {
            children = array(p, depth, tag);
          } else if (value == JsonToken.START_OBJECT) {
            throw new DecodeException(
                Problem.SYNTAX, valueAt, -1, "a value is an array of items or a scalar");
          } else {
            text = p.getText();
          }
        }
        default ->
            throw new DecodeException(
                Problem.SYNTAX, offset(p), -1, "unexpected member \"" + member + '"');
      }
    }
    return new Node(at, tag, type, kind, text, valueAt, children);
  }

  private List<Node> array(JsonParser p, int depth, String tag)
      throws IOException, DecodeException {
    if (depth + 1 > limits.maxDepth()) {
      throw new DecodeException(
          Problem.TOO_DEEP, offset(p), tagOrUnknown(tag), "limit " + limits.maxDepth());
    }
    List<Node> children = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.START_OBJECT) {
        throw new DecodeException(Problem.SYNTAX, offset(p), -1, "a Structure holds objects");
      }
      children.add(object(p, depth + 1));
    }
    return children;
  }

  private static String string(JsonParser p, JsonToken t, String member)
      throws IOException, DecodeException {
    if (t != JsonToken.VALUE_STRING) {
      throw new DecodeException(Problem.SYNTAX, offset(p), -1, member + " must be a string");
    }
    return p.getText();
  }

  private static int tagOrUnknown(String tag) {
    if (tag == null) {
      return -1;
    }
    Matcher hex = HEX_TAG.matcher(tag);
    if (hex.matches()) {
      return Integer.parseInt(hex.group(1), 16);
    }
    return Tag.fromEncodingName(tag).map(Tag::code).orElse(-1);
  }

  /** The item a node stands for, now that its type and siblings are known. */
  private static Ttlv convert(Node node, int parentTag, String attributeName)
      throws DecodeException {
    if (node.tag() == null) {
      throw new DecodeException(Problem.SYNTAX, node.offset(), -1, "no tag");
    }
    int tag = tag(node.tag(), node.offset());
    ItemType type = ItemType.STRUCTURE;
    if (node.type() != null) {
      Optional<ItemType> named = ItemType.fromEncodingName(node.type());
      if (named.isEmpty()) {
        throw new DecodeException(
            Problem.UNKNOWN_TYPE,
            node.offset(),
            tag,
            "type \"" + XmlCodec.shorten(node.type()) + '"');
      }
      type = named.get();
    }
    if (type == ItemType.STRUCTURE) {
      // §4.1.6.2: an array of items, or null; an absent value is an empty structure as in XML.
      if (node.valueKind() != null
          && node.valueKind() != JsonToken.START_ARRAY
          && node.valueKind() != JsonToken.VALUE_NULL) {
        throw new DecodeException(
            Problem.BAD_VALUE, node.valueOffset(), tag, "a Structure's value is an array");
      }
      List<Ttlv> children = new ArrayList<>();
      String name = null;
      if (node.children() != null) {
        for (Node child : node.children()) {
          Ttlv item = convert(child, tag, name);
          children.add(item);
          if (item.tag() == Tag.ATTRIBUTE_NAME.code() && item instanceof TtlvTextString t) {
            name = t.value();
          }
        }
      }
      return new TtlvStructure(tag, children);
    }
    long at = node.valueOffset();
    if (node.valueKind() == null || node.valueKind() == JsonToken.VALUE_NULL) {
      throw new DecodeException(Problem.BAD_VALUE, node.offset(), tag, "no value");
    }
    if (node.children() != null) {
      throw new DecodeException(
          Problem.BAD_VALUE, at, tag, "a " + type.encodingName() + " has no items");
    }
    if (!allowed(type, node.valueKind())) {
      throw new DecodeException(
          Problem.BAD_VALUE,
          at,
          tag,
          "a " + type.encodingName() + " value cannot be a JSON " + describe(node.valueKind()));
    }
    int nameTag = ValueText.nameTag(tag, parentTag, attributeName);
    try {
      if (type == ItemType.BIG_INTEGER && node.valueKind() == JsonToken.VALUE_NUMBER_INT) {
        return new TtlvBigInteger(tag, new BigInteger(node.valueText()));
      }
      return ValueText.leaf(tag, type, nameTag, node.valueText());
    } catch (ValueText.BadValue e) {
      throw new DecodeException(e.problem, at, tag, e.getMessage());
    } catch (NumberFormatException e) {
      throw new DecodeException(Problem.BAD_VALUE, at, tag, "not an integer");
    }
  }

  /** Which JSON values §4.1.6 allows for each type. */
  private static boolean allowed(ItemType type, JsonToken kind) {
    boolean string = kind == JsonToken.VALUE_STRING;
    boolean integer = kind == JsonToken.VALUE_NUMBER_INT;
    return switch (type) {
      case INTEGER, LONG_INTEGER, BIG_INTEGER, ENUMERATION, INTERVAL -> string || integer;
      case BOOLEAN -> string || kind == JsonToken.VALUE_TRUE || kind == JsonToken.VALUE_FALSE;
      case TEXT_STRING, BYTE_STRING, DATE_TIME, DATE_TIME_EXTENDED -> string;
      case STRUCTURE -> false;
    };
  }

  private static String describe(JsonToken kind) {
    return switch (kind) {
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      default -> kind.name();
    };
  }

  private static int tag(String text, long at) throws DecodeException {
    Matcher hex = HEX_TAG.matcher(text);
    if (hex.matches()) {
      return XmlCodec.checkedTag(Integer.parseInt(hex.group(1), 16), at);
    }
    Optional<Tag> tag = Tag.fromEncodingName(text);
    if (tag.isEmpty()) {
      throw new DecodeException(
          Problem.UNKNOWN_NAME, at, -1, "unknown tag \"" + XmlCodec.shorten(text) + '"');
    }
    return tag.get().code();
  }

  // ---- encoding ------------------------------------------------------------------------------

  /** The item as a JSON object, two spaces of indent per level, leaves on one line. */
  public String encode(Ttlv item) {
    StringBuilder out = new StringBuilder(256);
    write(out, item, 0, item.tag());
    return out.append('\n').toString();
  }

  /** The items as a JSON array. */
  public String encodeAll(List<? extends Ttlv> items) {
    if (items.isEmpty()) {
      return "[]\n";
    }
    StringBuilder out = new StringBuilder(256 * items.size());
    out.append("[\n");
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(",\n");
      }
      write(out, items.get(i), 1, items.get(i).tag());
    }
    return out.append("\n]\n").toString();
  }

  private static void write(StringBuilder out, Ttlv item, int level, int nameTag) {
    out.append(INDENT.repeat(level)).append("{\"tag\": ");
    String tag =
        Tag.fromCode(item.tag())
            .map(Tag::encodingName)
            .orElseGet(() -> ValueText.tagHex(item.tag()));
    quote(out, tag);
    out.append(", \"type\": \"").append(item.type().encodingName()).append("\", \"value\": ");
    if (item instanceof TtlvStructure s) {
      if (s.children().isEmpty()) {
        out.append("[]}");
        return;
      }
      out.append("[\n");
      String attributeName = null;
      for (int i = 0; i < s.children().size(); i++) {
        Ttlv child = s.children().get(i);
        if (i > 0) {
          out.append(",\n");
        }
        write(out, child, level + 1, ValueText.nameTag(child.tag(), s.tag(), attributeName));
        if (child.tag() == Tag.ATTRIBUTE_NAME.code() && child instanceof TtlvTextString name) {
          attributeName = name.value();
        }
      }
      out.append('\n').append(INDENT.repeat(level)).append("]}");
      return;
    }
    value(out, item, nameTag);
    out.append('}');
  }

  /** The value member of a leaf (§4.1.6.3 to §4.1.6.12). */
  private static void value(StringBuilder out, Ttlv item, int nameTag) {
    if (item instanceof TtlvInteger v) {
      Optional<String> mask = ValueText.mask(nameTag, v.value(), '|');
      if (mask.isPresent()) {
        quote(out, mask.get());
      } else {
        out.append(v.value());
      }
    } else if (item instanceof TtlvLongInteger v) {
      if (v.value() > -JSON_NUMBER_LIMIT && v.value() < JSON_NUMBER_LIMIT) {
        out.append(v.value());
      } else {
        quote(out, ValueText.hex64(v.value()));
      }
    } else if (item instanceof TtlvBigInteger v) {
      quote(out, "0x" + ValueText.hexBytes(v.wireBytes()));
    } else if (item instanceof TtlvEnumeration v) {
      quote(out, ValueText.enumeration(nameTag, v.value()));
    } else if (item instanceof TtlvBoolean v) {
      out.append(v.value());
    } else if (item instanceof TtlvTextString v) {
      quote(out, v.value());
    } else if (item instanceof TtlvByteString v) {
      quote(out, ValueText.hexBytes(v.value()));
    } else if (item instanceof TtlvDateTime v) {
      quote(out, ValueText.dateTime(v.epochSeconds()));
    } else if (item instanceof TtlvInterval v) {
      out.append(v.seconds());
    } else if (item instanceof TtlvDateTimeExtended v) {
      quote(out, ValueText.dateTimeExtended(v.epochMicros()));
    }
  }

  private static void quote(StringBuilder out, String text) {
    out.append('"').append(JsonStringEncoder.getInstance().quoteAsString(text)).append('"');
  }
}
