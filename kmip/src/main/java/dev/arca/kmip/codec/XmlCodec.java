package dev.arca.kmip.codec;

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
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The KMIP XML encoding (KMIP Additional Message Encodings v1.0 §6.1) of the generic tree.
 *
 * <p>Each item is an element: named after its tag ({@code <ActivationDate type="DateTime"
 * value="…"/>}), or for tags without a name the general form {@code <TTLV tag="0x540001"
 * type="Integer" value="1"/>} (§6.1.6). Structures nest their items and omit {@code type}, as the
 * OASIS test cases do. Values follow §6.1.6.3 to §6.1.6.12: enumerations and masks by name where
 * one exists, including the Attribute Value of a KMIP 1.x Attribute, named through its sibling
 * Attribute Name.
 *
 * <p>Decoding is strict and bounded like {@link dev.arca.kmip.ttlv.TtlvDecoder}: the document size
 * and the structure depth are limited, DTDs and entities are refused, and every unknown name, type
 * or malformed value is a {@link DecodeException} at a character offset of the input (the start of
 * the element at fault). No other exception escapes. Instances are immutable and thread-safe.
 */
public final class XmlCodec {

  /** The namespace §6.1.6 assigns, for documents that use one. */
  public static final String NAMESPACE = "urn:oasis:tc:kmip:xmlns";

  /** The element of the general form, which carries its tag in an attribute (§6.1.6). */
  private static final String GENERIC = "TTLV";

  /** The element that wraps a sequence of messages, as in the OASIS test case files. */
  private static final String WRAPPER = "KMIP";

  /** The element name form of a hex tag that §6.1.6.5 prints: {@code <x540001 …/>}. */
  private static final Pattern HEX_ELEMENT = Pattern.compile("x([0-9A-Fa-f]{6})");

  private static final Pattern HEX_TAG = Pattern.compile("0[xX]([0-9A-Fa-f]{6})");
  private static final Pattern XML_DECLARATION = Pattern.compile("\\A\\s*<\\?xml[^>]*\\?>");
  private static final String INDENT = "  ";

  private final DecodeLimits limits;

  public XmlCodec() {
    this(DecodeLimits.DEFAULT);
  }

  public XmlCodec(DecodeLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  public DecodeLimits limits() {
    return limits;
  }

  // ---- decoding ------------------------------------------------------------------------------

  /** Decodes a document whose root element is one item, usually a message. */
  public Ttlv decode(String xml) throws DecodeException {
    checkSize(xml);
    Parse p = new Parse(xml, 0);
    p.toRootElement();
    Ttlv item = p.element(-1, null, 0);
    p.toEnd();
    return item;
  }

  /**
   * Decodes a sequence of messages: a {@code <KMIP>} element around them, as in the OASIS test case
   * files, or the messages one after another without a wrapper. Comments are ignored.
   */
  public List<Ttlv> decodeAll(String xml) throws DecodeException {
    checkSize(xml);
    // A bare sequence has several roots, which XML does not allow, so parse it inside a wrapper
    // of our own; the XML declaration, if any, must then go first.
    Matcher declaration = XML_DECLARATION.matcher(xml);
    int skipped = declaration.lookingAt() ? declaration.end() : 0;
    String open = "<" + WRAPPER + ">";
    String wrapped = open + xml.substring(skipped) + "</" + WRAPPER + ">";
    Parse p = new Parse(wrapped, skipped - open.length());
    p.toRootElement();
    List<Ttlv> messages = new ArrayList<>();
    for (int e = p.next(); e != XMLStreamConstants.END_ELEMENT; e = p.next()) {
      if (e != XMLStreamConstants.START_ELEMENT) {
        p.ignorable(e, -1);
      } else if (p.isWrapper()) {
        for (int f = p.next(); f != XMLStreamConstants.END_ELEMENT; f = p.next()) {
          if (f == XMLStreamConstants.START_ELEMENT) {
            messages.add(message(p, messages.size()));
          } else {
            p.ignorable(f, -1);
          }
        }
      } else {
        messages.add(message(p, messages.size()));
      }
    }
    p.toEnd();
    return messages;
  }

  private static Ttlv message(Parse p, int index) throws DecodeException {
    try {
      return p.element(-1, null, 0);
    } catch (DecodeException e) {
      throw e.inMessage(index);
    }
  }

  private void checkSize(String xml) throws DecodeException {
    if (xml.length() > limits.maxMessageBytes()) {
      throw new DecodeException(
          Problem.TOO_LARGE,
          0,
          -1,
          xml.length() + " characters, limit " + limits.maxMessageBytes());
    }
  }

  /**
   * A parser hardened against XML's own attacks: no DTD, so no entity expansion and no external
   * entities (XXE); no external access of any kind. A new factory per document, because StAX does
   * not promise that a factory may be shared between threads.
   */
  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external entities are not allowed");
        });
    return f;
  }

  /** The state of one decode call. */
  private final class Parse {
    private final String text;

    /** Added to an offset in {@link #text} to give the offset in the caller's document. */
    private final int shift;

    private final XMLStreamReader r;

    /** Where the search for the next start tag resumes, and where the current one begins. */
    private int cursor;

    private int elementStart = -1;

    Parse(String text, int shift) throws DecodeException {
      this.text = text;
      this.shift = shift;
      try {
        this.r = factory().createXMLStreamReader(new StringReader(text));
      } catch (XMLStreamException e) {
        throw syntax(e);
      }
    }

    int next() throws DecodeException {
      try {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          advanceToStartTag();
        }
        return event;
      } catch (XMLStreamException e) {
        throw syntax(e);
      } catch (RuntimeException e) {
        // The JDK parser reports some malformed input with unchecked exceptions.
        throw new DecodeException(Problem.SYNTAX, -1, -1, "malformed XML");
      }
    }

    private DecodeException syntax(XMLStreamException e) {
      Location at = e.getLocation();
      long offset = at == null || at.getCharacterOffset() < 0 ? -1 : at.getCharacterOffset();
      String message = e.getMessage() == null ? "" : e.getMessage();
      int detail = message.indexOf("Message: ");
      if (detail >= 0) {
        message = message.substring(detail + "Message: ".length());
      }
      return new DecodeException(
          Problem.SYNTAX, offset < 0 ? -1 : Math.max(0, offset + shift), -1, message.strip());
    }

    /** Where the current start tag begins, in the caller's document. */
    long elementOffset() {
      return elementStart < 0 ? -1 : Math.max(0, elementStart + shift);
    }

    /**
     * Moves {@link #elementStart} to the next start tag of the text. The parser's own locations
     * point somewhere after a tag, depending on its buffering, so the codec finds tags itself: the
     * parser has already accepted the text up to here, so every {@code <} that does not open a
     * comment, CDATA section, processing instruction, declaration or end tag opens the next element
     * (attribute values and text cannot hold a raw {@code <}).
     */
    private void advanceToStartTag() {
      int i = cursor;
      while (true) {
        i = text.indexOf('<', i);
        if (i < 0 || i + 1 >= text.length()) {
          elementStart = -1;
          return;
        }
        if (text.startsWith("!--", i + 1)) {
          i = skipPast("-->", i + 4);
        } else if (text.startsWith("![CDATA[", i + 1)) {
          i = skipPast("]]>", i + 9);
        } else if (text.charAt(i + 1) == '?') {
          i = skipPast("?>", i + 2);
        } else if (text.charAt(i + 1) == '!' || text.charAt(i + 1) == '/') {
          i += 2;
        } else {
          elementStart = i;
          cursor = i + 1;
          return;
        }
      }
    }

    private int skipPast(String end, int from) {
      int at = text.indexOf(end, from);
      return at < 0 ? text.length() : at + end.length();
    }

    long here() {
      int at = r.getLocation().getCharacterOffset();
      return at < 0 ? -1 : Math.max(0, at + shift);
    }

    void toRootElement() throws DecodeException {
      for (int e = next(); e != XMLStreamConstants.START_ELEMENT; e = next()) {
        if (e == XMLStreamConstants.END_DOCUMENT) {
          throw new DecodeException(Problem.SYNTAX, here(), -1, "no element");
        }
        ignorable(e, -1);
      }
    }

    void toEnd() throws DecodeException {
      for (int e = next(); e != XMLStreamConstants.END_DOCUMENT; e = next()) {
        ignorable(e, -1);
      }
    }

    /** Comments, processing instructions and white space may appear between elements. */
    void ignorable(int event, int tag) throws DecodeException {
      switch (event) {
        case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {}
        case XMLStreamConstants.SPACE -> {}
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          if (!r.isWhiteSpace()) {
            throw new DecodeException(
                Problem.SYNTAX, here(), tag, "text content; values go in the value attribute");
          }
        }
        case XMLStreamConstants.DTD ->
            throw new DecodeException(Problem.SYNTAX, here(), -1, "DTDs are not allowed");
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw new DecodeException(Problem.SYNTAX, here(), tag, "entities are not allowed");
        default ->
            throw new DecodeException(Problem.SYNTAX, here(), tag, "unexpected XML event " + event);
      }
    }

    boolean isWrapper() {
      String ns = r.getNamespaceURI();
      return WRAPPER.equals(r.getLocalName())
          && (ns == null || ns.isEmpty() || ns.equals(NAMESPACE));
    }

    /**
     * The item of the current start element; on return the parser is on its end element.
     *
     * @param parentTag the tag of the enclosing structure, -1 at the root
     * @param attributeName the text of the Attribute Name before it in the same structure, or null
     * @param depth how many structures enclose it
     */
    Ttlv element(int parentTag, String attributeName, int depth) throws DecodeException {
      long at = elementOffset();
      String ns = r.getNamespaceURI();
      if (ns != null && !ns.isEmpty() && !ns.equals(NAMESPACE)) {
        throw new DecodeException(Problem.UNKNOWN_NAME, at, -1, "namespace " + ns);
      }
      String typeName = null;
      String value = null;
      String tagName = null;
      for (int i = 0; i < r.getAttributeCount(); i++) {
        String attributeNs = r.getAttributeNamespace(i);
        String name = r.getAttributeLocalName(i);
        if (attributeNs != null && !attributeNs.isEmpty()) {
          throw new DecodeException(Problem.SYNTAX, at, -1, "unexpected attribute " + name);
        }
        switch (name) {
          case "type" -> typeName = r.getAttributeValue(i);
          case "value" -> value = r.getAttributeValue(i);
          case "tag" -> tagName = r.getAttributeValue(i);
          case "name" -> {
            // §6.1.6: an informative name beside a hex tag; the tag decides.
          }
          default ->
              throw new DecodeException(Problem.SYNTAX, at, -1, "unexpected attribute " + name);
        }
      }
      int tag = tag(r.getLocalName(), tagName, at);
      ItemType type = ItemType.STRUCTURE;
      if (typeName != null) {
        Optional<ItemType> named = ItemType.fromEncodingName(typeName);
        if (named.isEmpty()) {
          throw new DecodeException(
              Problem.UNKNOWN_TYPE, at, tag, "type \"" + shorten(typeName) + '"');
        }
        type = named.get();
      }
      if (type == ItemType.STRUCTURE) {
        if (value != null) {
          throw new DecodeException(Problem.BAD_VALUE, at, tag, "a Structure has no value");
        }
        return structure(tag, depth, at);
      }
      if (value == null) {
        throw new DecodeException(Problem.BAD_VALUE, at, tag, "no value attribute");
      }
      Ttlv leaf;
      try {
        leaf = ValueText.leaf(tag, type, ValueText.nameTag(tag, parentTag, attributeName), value);
      } catch (ValueText.BadValue e) {
        throw new DecodeException(e.problem, at, tag, e.getMessage());
      }
      for (int e = next(); e != XMLStreamConstants.END_ELEMENT; e = next()) {
        if (e == XMLStreamConstants.START_ELEMENT) {
          throw new DecodeException(
              Problem.SYNTAX, elementOffset(), tag, "a " + type.encodingName() + " has no items");
        }
        ignorable(e, tag);
      }
      return leaf;
    }

    private TtlvStructure structure(int tag, int depth, long at) throws DecodeException {
      if (depth + 1 > limits.maxDepth()) {
        throw new DecodeException(Problem.TOO_DEEP, at, tag, "limit " + limits.maxDepth());
      }
      List<Ttlv> children = new ArrayList<>();
      String attributeName = null;
      for (int e = next(); e != XMLStreamConstants.END_ELEMENT; e = next()) {
        if (e != XMLStreamConstants.START_ELEMENT) {
          ignorable(e, tag);
          continue;
        }
        Ttlv child = element(tag, attributeName, depth + 1);
        children.add(child);
        if (child.tag() == Tag.ATTRIBUTE_NAME.code() && child instanceof TtlvTextString name) {
          attributeName = name.value();
        }
      }
      return new TtlvStructure(tag, children);
    }

    /** The tag of an element: its name, or the {@code tag} attribute of the general form. */
    private int tag(String element, String tagAttribute, long at) throws DecodeException {
      if (element.equals(GENERIC)) {
        if (tagAttribute == null) {
          throw new DecodeException(Problem.SYNTAX, at, -1, "<TTLV> without a tag attribute");
        }
        Matcher hex = HEX_TAG.matcher(tagAttribute);
        if (hex.matches()) {
          return checkedTag(Integer.parseInt(hex.group(1), 16), at);
        }
        return named(tagAttribute, at);
      }
      if (tagAttribute != null) {
        throw new DecodeException(
            Problem.SYNTAX, at, -1, "a tag attribute belongs on <TTLV>, not <" + element + ">");
      }
      Matcher hex = HEX_ELEMENT.matcher(element);
      if (hex.matches()) {
        return checkedTag(Integer.parseInt(hex.group(1), 16), at);
      }
      return named(element, at);
    }

    private int named(String name, long at) throws DecodeException {
      Optional<Tag> tag = Tag.fromEncodingName(name);
      if (tag.isEmpty()) {
        throw new DecodeException(Problem.UNKNOWN_NAME, at, -1, "unknown tag " + shorten(name));
      }
      return tag.get().code();
    }
  }

  /** As in binary TTLV, tags are 0x42xxxx or 0x54xxxx (KMIP 1.4 §9.1.3.1). */
  static int checkedTag(int tag, long at) throws DecodeException {
    int prefix = tag >>> 16;
    if (prefix != 0x42 && prefix != 0x54) {
      throw new DecodeException(Problem.BAD_TAG, at, -1, String.format("0x%06X", tag));
    }
    return tag;
  }

  static String shorten(String text) {
    return text.length() <= 64 ? text : text.substring(0, 61) + "...";
  }

  // ---- encoding ------------------------------------------------------------------------------

  /**
   * The item as an XML element, indented by two spaces per level, with a final newline.
   *
   * @throws IllegalArgumentException when a Text String holds a character XML 1.0 cannot carry (a
   *     control character other than tab, line feed and carriage return, or an unpaired surrogate)
   */
  public String encode(Ttlv item) {
    StringBuilder out = new StringBuilder(256);
    write(out, item, 0, item.tag());
    return out.toString();
  }

  /** The items wrapped in a {@code <KMIP>} element, as in the OASIS test case files. */
  public String encodeAll(List<? extends Ttlv> items) {
    StringBuilder out = new StringBuilder(256 * (items.size() + 1));
    out.append('<').append(WRAPPER).append(">\n");
    for (Ttlv item : items) {
      write(out, item, 1, item.tag());
    }
    out.append("</").append(WRAPPER).append(">\n");
    return out.toString();
  }

  private static void write(StringBuilder out, Ttlv item, int level, int nameTag) {
    out.append(INDENT.repeat(level));
    Optional<Tag> known = Tag.fromCode(item.tag());
    String element = known.map(Tag::encodingName).orElse(GENERIC);
    out.append('<').append(element);
    if (known.isEmpty()) {
      out.append(" tag=\"").append(ValueText.tagHex(item.tag())).append('"');
    }
    if (item instanceof TtlvStructure s) {
      if (s.children().isEmpty()) {
        out.append("/>\n");
        return;
      }
      out.append(">\n");
      String attributeName = null;
      for (Ttlv child : s.children()) {
        write(out, child, level + 1, ValueText.nameTag(child.tag(), s.tag(), attributeName));
        if (child.tag() == Tag.ATTRIBUTE_NAME.code() && child instanceof TtlvTextString name) {
          attributeName = name.value();
        }
      }
      out.append(INDENT.repeat(level)).append("</").append(element).append(">\n");
      return;
    }
    out.append(" type=\"").append(item.type().encodingName()).append("\" value=\"");
    escape(out, value(item, nameTag), item);
    out.append("\"/>\n");
  }

  /** The value attribute of a leaf (§6.1.6.3 to §6.1.6.12). */
  private static String value(Ttlv item, int nameTag) {
    if (item instanceof TtlvInteger v) {
      return ValueText.mask(nameTag, v.value(), ' ').orElseGet(() -> Integer.toString(v.value()));
    } else if (item instanceof TtlvLongInteger v) {
      return Long.toString(v.value());
    } else if (item instanceof TtlvBigInteger v) {
      return ValueText.hexBytes(v.wireBytes());
    } else if (item instanceof TtlvEnumeration v) {
      return ValueText.enumeration(nameTag, v.value());
    } else if (item instanceof TtlvBoolean v) {
      return Boolean.toString(v.value());
    } else if (item instanceof TtlvTextString v) {
      return v.value();
    } else if (item instanceof TtlvByteString v) {
      return ValueText.hexBytes(v.value());
    } else if (item instanceof TtlvDateTime v) {
      return ValueText.dateTime(v.epochSeconds());
    } else if (item instanceof TtlvInterval v) {
      return Long.toString(v.seconds());
    } else if (item instanceof TtlvDateTimeExtended v) {
      return ValueText.dateTimeExtended(v.epochMicros());
    }
    throw new IllegalArgumentException("not a leaf: " + item.type());
  }

  /**
   * Escapes an attribute value. Tab, line feed and carriage return are written as character
   * references, because a parser replaces them by spaces when they appear literally in an attribute
   * (XML 1.0 §3.3.3).
   */
  private static void escape(StringBuilder out, String value, Ttlv item) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\t' -> out.append("&#9;");
        case '\n' -> out.append("&#10;");
        case '\r' -> out.append("&#13;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1))) {
            out.append(c).append(value.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            // XML 1.0 §2.2 Char: these cannot appear in a document, not even as references.
            throw new IllegalArgumentException(
                String.format(
                    "%s: character U+%04X at index %d cannot be written in XML",
                    item.tagName(), (int) c, i));
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
