package dev.arca.kmip.testing;

import dev.arca.kmip.Tag;
import dev.arca.kmip.codec.XmlCodec;
import dev.arca.kmip.ttlv.DecodeException;
import dev.arca.kmip.ttlv.Ttlv;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of one OASIS vector file as trees, in file order, with their {@code $PLACEHOLDER}
 * values (see the vectors' README) replaced by fixed values of the right type so that they decode.
 *
 * <p>The substitution is deliberately simple and lives only in {@link #concrete}: a Date-Time
 * {@code $NOW}, {@code $NOW-n} or {@code $NOW+n} becomes {@link #NOW} plus or minus n seconds; a
 * Text String placeholder ({@code $UNIQUE_IDENTIFIER_0}) stays as it is; any other placeholder
 * becomes a fixed value of its type, for byte strings 16 bytes derived from the placeholder name.
 * Binding placeholders to the values a server returns is the conformance replay's job.
 *
 * @param file the vector file
 * @param messages its messages in file order
 * @param placeholders every placeholder the file writes, as written ({@code $NOW-3600}), in order
 *     of first appearance
 */
public record VectorMessages(
    Vectors.VectorFile file, List<Message> messages, List<String> placeholders) {

  /** The instant every {@code $NOW} stands for. */
  public static final Instant NOW = Instant.parse("2024-01-02T03:04:05Z");

  /**
   * One message of a vector file.
   *
   * @param index its position in the file, from 0
   * @param request true for a RequestMessage, false for a ResponseMessage
   * @param tree the message with its placeholders replaced
   * @param placeholders the placeholders it writes, as written, in order of first appearance
   */
  public record Message(int index, boolean request, Ttlv tree, List<String> placeholders) {
    public Message {
      placeholders = List.copyOf(placeholders);
    }
  }

  public VectorMessages {
    messages = List.copyOf(messages);
    placeholders = List.copyOf(placeholders);
  }

  /** {@code type="…" value="$…"}: the OASIS files always write the type first. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile("type=\"(\\w+)\"(\\s+)value=\"(\\$[A-Za-z0-9_]+)([+-][0-9]+)?\"");

  private static final Pattern MESSAGE_START =
      Pattern.compile("<(RequestMessage|ResponseMessage)\\b");

  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

  /** Reads and decodes every message of {@code file}. */
  public static VectorMessages read(Vectors.VectorFile file) {
    String xml = file.text();
    // Some files comment out whole exchanges (CS-BC-M-GCM-3-14): those are not messages.
    List<int[]> comments = new ArrayList<>();
    Matcher comment = COMMENT.matcher(xml);
    while (comment.find()) {
      comments.add(new int[] {comment.start(), comment.end()});
    }
    List<Integer> starts = new ArrayList<>();
    Matcher start = MESSAGE_START.matcher(xml);
    while (start.find()) {
      if (!inComment(comments, start.start())) {
        starts.add(start.start());
      }
    }
    List<Set<String>> perMessage = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      perMessage.add(new LinkedHashSet<>());
    }
    Set<String> all = new LinkedHashSet<>();
    StringBuilder concrete = new StringBuilder(xml.length());
    Matcher m = PLACEHOLDER.matcher(xml);
    while (m.find()) {
      if (inComment(comments, m.start())) {
        continue;
      }
      String written = m.group(3) + (m.group(4) == null ? "" : m.group(4));
      all.add(written);
      int message = messageAt(starts, m.start());
      if (message >= 0) {
        perMessage.get(message).add(written);
      }
      String value = concrete(m.group(1), m.group(3), m.group(4));
      m.appendReplacement(
          concrete,
          Matcher.quoteReplacement(
              "type=\"" + m.group(1) + '"' + m.group(2) + "value=\"" + value + '"'));
    }
    m.appendTail(concrete);

    List<Ttlv> trees;
    try {
      trees = new XmlCodec().decodeAll(concrete.toString());
    } catch (DecodeException e) {
      throw new IllegalStateException(file + ": " + e.getMessage(), e);
    }
    if (trees.size() != starts.size()) {
      throw new IllegalStateException(
          file
              + ": "
              + trees.size()
              + " messages decoded, "
              + starts.size()
              + " found in the text");
    }
    List<Message> messages = new ArrayList<>();
    for (int i = 0; i < trees.size(); i++) {
      Ttlv tree = trees.get(i);
      messages.add(
          new Message(
              i,
              tree.tag() == Tag.REQUEST_MESSAGE.code(),
              tree,
              new ArrayList<>(perMessage.get(i))));
    }
    return new VectorMessages(file, messages, new ArrayList<>(all));
  }

  /** The messages of {@code file}, without the placeholder lists. */
  public static List<Ttlv> trees(Vectors.VectorFile file) {
    return read(file).messages().stream().map(Message::tree).toList();
  }

  private static boolean inComment(List<int[]> comments, int offset) {
    for (int[] c : comments) {
      if (offset >= c[0] && offset < c[1]) {
        return true;
      }
    }
    return false;
  }

  private static int messageAt(List<Integer> starts, int offset) {
    int index = -1;
    for (int i = 0; i < starts.size() && starts.get(i) < offset; i++) {
      index = i;
    }
    return index;
  }

  /**
   * The fixed value that stands for a placeholder, in the XML text form of {@code type}.
   *
   * @param name the placeholder without its offset ({@code $NOW})
   * @param offset {@code +n} or {@code -n} seconds after a {@code $NOW}, or null
   */
  static String concrete(String type, String name, String offset) {
    long seconds = offset == null ? 0 : Long.parseLong(offset);
    return switch (type) {
      case "TextString" -> name + (offset == null ? "" : offset);
      case "DateTime" -> NOW.plusSeconds(seconds).toString();
      case "DateTimeExtended" -> NOW.plusSeconds(seconds).toString();
      case "ByteString" -> HexFormat.of().formatHex(bytes(name));
      case "BigInteger" -> "0000000000000001";
      case "Boolean" -> "true";
      case "Enumeration" -> "0x00000000";
      default -> "0"; // Integer, LongInteger, Interval
    };
  }

  /** 16 bytes that depend only on the placeholder name, so equal names give equal bytes. */
  private static byte[] bytes(String name) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[16];
      System.arraycopy(digest, 0, out, 0, out.length);
      return out;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
