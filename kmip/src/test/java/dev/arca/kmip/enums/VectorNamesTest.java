package dev.arca.kmip.enums;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.Tag;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every tag, enumeration value and mask name that the OASIS KMIP 1.4 and 2.1 profile test cases
 * write resolves through {@link Tag} and {@link KmipEnums}, and is written back the same way.
 *
 * <p>The vectors are read from the directory in the system property {@code arca.vectors}, else from
 * {@code ../../shared/kmip-vectors} beside the checkout, else from the copy in the test resources.
 */
class VectorNamesTest {

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+|0[xX][0-9a-fA-F]+");
  private static final Set<String> WRAPPERS = Set.of("KMIP", "TTLV");

  private record VectorFile(String name, Supplier<byte[]> bytes) {}

  /** What the walk found: every miss, and how many names of each kind resolved. */
  private static final class Findings {
    final Set<String> misses = new TreeSet<>();
    final Set<String> resolved = new TreeSet<>();
    int files;
    int elements;
    int enumerations;
    int masks;
  }

  @Test
  void everyNameInTheOasisVectorsResolves() throws Exception {
    List<VectorFile> files = vectorFiles();
    assertThat(files).as("OASIS vector files").hasSizeGreaterThan(100);

    Findings found = new Findings();
    DocumentBuilder parser = parser();
    for (VectorFile file : files) {
      Element root =
          parser.parse(new ByteArrayInputStream(file.bytes().get())).getDocumentElement();
      walk(file.name(), root, found);
      found.files++;
    }

    assertThat(found.misses)
        .as(
            "names in %d files that do not resolve (%d elements, %d enumerations, %d masks checked;"
                + " %d distinct names resolved)",
            found.files, found.elements, found.enumerations, found.masks, found.resolved.size())
        .isEmpty();
    assertThat(found.enumerations).isGreaterThan(1000);
    assertThat(found.masks).isGreaterThan(100);
  }

  private static void walk(String file, Element e, Findings found) {
    String name = e.getTagName();
    if (!WRAPPERS.contains(name)) {
      found.elements++;
      Optional<Tag> tag = Tag.fromEncodingName(name);
      if (tag.isEmpty()) {
        found.misses.add(file + ": element <" + name + "> is not a tag");
      } else {
        found.resolved.add("tag " + name);
        checkValue(file, e, tag.get(), found);
      }
    }
    for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element c) {
        walk(file, c, found);
      }
    }
  }

  private static void checkValue(String file, Element e, Tag tag, Findings found) {
    String type = e.getAttribute("type");
    String value = e.getAttribute("value");
    if (value.isEmpty() || value.startsWith("$") || NUMBER.matcher(value).matches()) {
      return;
    }
    if (!type.equals("Enumeration") && !type.equals("Integer")) {
      return;
    }
    // KMIP 1.x: an Attribute Value takes its type from the Attribute Name beside it.
    String attributeName = siblingText(e, Tag.ATTRIBUTE_NAME);
    Optional<Tag> resolved =
        tag == Tag.ATTRIBUTE_VALUE ? KmipEnums.attributeTag(attributeName) : Optional.of(tag);
    if (resolved.isEmpty()) {
      found.misses.add(file + ": attribute name \"" + attributeName + "\" is not an attribute");
      return;
    }
    Tag valueTag = resolved.get();
    String where = file + ": <" + e.getTagName() + " value=\"" + value + "\"> as " + valueTag;
    if (type.equals("Enumeration")) {
      found.enumerations++;
      OptionalInt code = KmipEnums.enumCode(valueTag.code(), value);
      if (code.isEmpty()) {
        found.misses.add(where + ": no such " + enumerationName(valueTag));
      } else if (!KmipEnums.enumName(valueTag.code(), code.getAsInt()).equals(Optional.of(value))) {
        found.misses.add(
            where + ": written back as " + KmipEnums.enumName(valueTag.code(), code.getAsInt()));
      } else {
        found.resolved.add(valueTag + " " + value);
      }
    } else {
      found.masks++;
      OptionalInt bits = KmipEnums.maskBits(valueTag.code(), value);
      if (bits.isEmpty()) {
        found.misses.add(where + ": not mask names of " + KmipEnums.maskOf(valueTag.code()));
        return;
      }
      Optional<String> back = KmipEnums.maskNames(valueTag.code(), bits.getAsInt());
      if (back.map(VectorNamesTest::words).equals(Optional.of(words(value)))) {
        words(value).forEach(w -> found.resolved.add(valueTag + " " + w));
      } else {
        found.misses.add(where + ": written back as " + back);
      }
    }
  }

  private static String enumerationName(Tag tag) {
    return KmipEnums.enumerationOf(tag.code())
        .map(Class::getSimpleName)
        .orElse("enumeration (the tag carries none)");
  }

  private static Set<String> words(String names) {
    return Stream.of(names.split("[\\s|]+")).collect(Collectors.toCollection(TreeSet::new));
  }

  private static String siblingText(Element e, Tag sibling) {
    for (Node n = e.getParentNode().getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element s && s.getTagName().equals(sibling.encodingName())) {
        return s.getAttribute("value");
      }
    }
    return "";
  }

  private static DocumentBuilder parser() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder();
  }

  private static Path vectorDirectory() {
    String property = System.getProperty("arca.vectors");
    if (property != null) {
      return Path.of(property);
    }
    Path shared = Path.of("../../shared/kmip-vectors");
    return Files.isDirectory(shared) ? shared : Path.of("src/test/resources/kmip-vectors");
  }

  private static List<VectorFile> vectorFiles() throws IOException {
    Path dir = vectorDirectory();
    assertThat(dir).as("KMIP vector directory (system property arca.vectors)").isDirectory();
    List<VectorFile> files = new ArrayList<>();
    for (String version : List.of("v1.4", "v2.1")) {
      try (Stream<Path> paths = Files.walk(dir.resolve(version))) {
        paths
            .filter(p -> p.toString().endsWith(".xml"))
            .sorted()
            .forEach(p -> files.add(new VectorFile(dir.relativize(p).toString(), () -> read(p))));
      }
    }
    return files;
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
