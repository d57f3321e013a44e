package dev.arca.server.pki;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEM armour (RFC 7468): Base64 between {@code -----BEGIN type-----} and {@code -----END type-----}
 * lines. Text outside the blocks is ignored, as OpenSSL does; the Base64 inside is decoded
 * strictly.
 */
final class Pem {

  /** The largest PEM text accepted from outside, e.g. an imported CA or a CSR. */
  static final int MAX_TEXT_CHARS = 1 << 20;

  static final String CERTIFICATE = "CERTIFICATE";
  static final String PRIVATE_KEY = "PRIVATE KEY";
  static final String ENCRYPTED_PRIVATE_KEY = "ENCRYPTED PRIVATE KEY";
  static final String CERTIFICATE_REQUEST = "CERTIFICATE REQUEST";
  static final String NEW_CERTIFICATE_REQUEST = "NEW CERTIFICATE REQUEST";

  /** A private key sealed under the master key (Arca's own block type; never leaves the node). */
  static final String SEALED_PRIVATE_KEY = "ARCA SEALED PRIVATE KEY";

  private static final Pattern BLOCK =
      Pattern.compile(
          "-----BEGIN ([A-Z0-9 ]{1,64})-----\\r?\\n(.*?)-----END \\1-----", Pattern.DOTALL);

  /** One decoded block. */
  record Block(String type, byte[] content) {
    @Override
    public String toString() {
      return "Pem.Block[" + type + ", " + content.length + " bytes]";
    }
  }

  private Pem() {}

  /** Encodes {@code der} as one PEM block with 64-character lines and a final newline. */
  static String encode(String type, byte[] der) {
    String base64 = Base64.getEncoder().encodeToString(der);
    StringBuilder out = new StringBuilder(base64.length() + base64.length() / 64 + 64);
    out.append("-----BEGIN ").append(type).append("-----\n");
    for (int i = 0; i < base64.length(); i += 64) {
      out.append(base64, i, Math.min(base64.length(), i + 64)).append('\n');
    }
    out.append("-----END ").append(type).append("-----\n");
    return out.toString();
  }

  /** Encodes {@code der} as one PEM block, as bytes. */
  static byte[] encodeBytes(String type, byte[] der) {
    return encode(type, der).getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Decodes every block of the text.
   *
   * @throws PkiException if the text is too long or a block's Base64 is damaged
   */
  static List<Block> decode(String text) throws PkiException {
    if (text.length() > MAX_TEXT_CHARS) {
      throw new PkiException("PEM text longer than " + MAX_TEXT_CHARS + " characters");
    }
    List<Block> blocks = new ArrayList<>();
    Matcher matcher = BLOCK.matcher(text);
    while (matcher.find()) {
      String type = matcher.group(1);
      String body = matcher.group(2);
      if (body.indexOf(':') >= 0) {
        // RFC 1421 headers (Proc-Type, DEK-Info) mark legacy OpenSSL encryption, not supported.
        throw new PkiException(
            "PEM block '" + type + "' has headers (legacy encryption); use PKCS#8 instead");
      }
      String base64 = body.replaceAll("\\s+", "");
      try {
        blocks.add(new Block(type, Base64.getDecoder().decode(base64)));
      } catch (IllegalArgumentException e) {
        throw new PkiException("PEM block '" + type + "' is not valid Base64");
      }
    }
    return List.copyOf(blocks);
  }

  /** The blocks of one type, in order. */
  static List<byte[]> blocksOf(List<Block> blocks, String type) {
    List<byte[]> out = new ArrayList<>();
    for (Block block : blocks) {
      if (block.type().equals(type)) {
        out.add(block.content());
      }
    }
    return out;
  }

  /** Whether the input looks like PEM text rather than DER. */
  static boolean looksLikePem(byte[] input) {
    String head =
        new String(input, 0, Math.min(input.length, 4096), StandardCharsets.US_ASCII)
            .toUpperCase(Locale.ROOT);
    return head.contains("-----BEGIN ");
  }
}
