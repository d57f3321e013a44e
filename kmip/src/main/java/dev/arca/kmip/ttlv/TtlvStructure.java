package dev.arca.kmip.ttlv;

import dev.arca.kmip.ItemType;
import dev.arca.kmip.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A Structure: an ordered list of items. */
public record TtlvStructure(int tag, List<Ttlv> children) implements Ttlv {

  public TtlvStructure {
    children = List.copyOf(children);
  }

  @Override
  public ItemType type() {
    return ItemType.STRUCTURE;
  }

  /** The first child with this tag. */
  public Optional<Ttlv> child(Tag tag) {
    return child(tag.code());
  }

  public Optional<Ttlv> child(int tag) {
    for (Ttlv c : children) {
      if (c.tag() == tag) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Every child with this tag, in order. */
  public List<Ttlv> all(Tag tag) {
    List<Ttlv> out = new ArrayList<>();
    for (Ttlv c : children) {
      if (c.tag() == tag.code()) {
        out.add(c);
      }
    }
    return out;
  }

  /** A copy with {@code child} appended. */
  public TtlvStructure with(Ttlv child) {
    List<Ttlv> out = new ArrayList<>(children);
    out.add(Objects.requireNonNull(child));
    return new TtlvStructure(tag, out);
  }

  @Override
  public String toString() {
    return TtlvText.render(this);
  }
}
