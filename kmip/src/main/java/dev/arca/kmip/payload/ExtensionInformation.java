package dev.arca.kmip.payload;

import dev.arca.kmip.ItemType;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvEnumeration;
import dev.arca.kmip.ttlv.TtlvInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * KMIP 1.4 §2.1.9 Table 30, KMIP 2.1 §7.13 Table 365 Extension Information: describes an item with
 * a tag in the extension range (0x54xxxx), in a Query response.
 *
 * <p>KMIP 2.0 added the fields from Extension Enumeration on, and changed the item type of
 * Extension Type from Integer to Enumeration (Item Type, KMIP 2.1 §11.23). Both enumerate the TTLV
 * item type codes, so {@link #extensionItemType()} reads either form; the record keeps the item as
 * sent so that it re-encodes unchanged.
 *
 * @param extensionTag the item's tag
 * @param extensionType the item's type: an Integer (KMIP 1.x) or an Enumeration (KMIP 2.x)
 * @param extensionParentStructureTag the tag of the structure the item goes into
 */
@KmipStructure(Tag.EXTENSION_INFORMATION)
public record ExtensionInformation(
    @KmipField(Tag.EXTENSION_NAME) String extensionName,
    @KmipField(Tag.EXTENSION_TAG) Optional<Integer> extensionTag,
    @KmipField(Tag.EXTENSION_TYPE) Optional<Ttlv> extensionType,
    @KmipField(Tag.EXTENSION_ENUMERATION) Optional<Integer> extensionEnumeration,
    @KmipField(Tag.EXTENSION_ATTRIBUTE) Optional<Boolean> extensionAttribute,
    @KmipField(Tag.EXTENSION_PARENT_STRUCTURE_TAG) Optional<Integer> extensionParentStructureTag,
    @KmipField(Tag.EXTENSION_DESCRIPTION) Optional<String> extensionDescription) {

  public ExtensionInformation {
    Objects.requireNonNull(extensionName, "extensionName");
    extensionType.ifPresent(
        t -> {
          if (t.tag() != Tag.EXTENSION_TYPE.code()
              || !(t instanceof TtlvInteger || t instanceof TtlvEnumeration)) {
            throw new IllegalArgumentException(
                "Extension Type must be an Integer (KMIP 1.x) or an Enumeration (KMIP 2.x)");
          }
        });
  }

  /** The name alone, as a Query Extension List answers. */
  public static ExtensionInformation of(String extensionName) {
    return new ExtensionInformation(
        extensionName,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Name, tag and type, as a Query Extension Map answers, with the Extension Type in the form of
   * {@code version}.
   */
  public static ExtensionInformation of(
      String extensionName, int extensionTag, ItemType itemType, KmipVersion version) {
    Ttlv type =
        version.isV2()
            ? Ttlv.enumeration(Tag.EXTENSION_TYPE, itemType.code())
            : Ttlv.integer(Tag.EXTENSION_TYPE, itemType.code());
    return new ExtensionInformation(
        extensionName,
        Optional.of(extensionTag),
        Optional.of(type),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The item type the Extension Type names, in either version's form. */
  public Optional<ItemType> extensionItemType() {
    return extensionType.flatMap(
        t ->
            ItemType.fromCode(
                t instanceof TtlvInteger i ? i.value() : ((TtlvEnumeration) t).value()));
  }
}
