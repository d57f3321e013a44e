package dev.arca.kmip.enums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnumLookupTest {

  /** A well-formed table with one code above the array bound, so both lookup paths run. */
  enum Colour implements KmipEnum {
    RED(0x01, "Red"),
    DEEP_BLUE(0x00080000, "Deep Blue");

    private static final EnumLookup<Colour> LOOKUP =
        EnumLookup.of("Colour", values(), Map.of("Crimson", RED));

    private final int code;
    private final String specName;

    Colour(int code, String specName) {
      this.code = code;
      this.specName = specName;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String specName() {
      return specName;
    }

    @Override
    public String encodingName() {
      return KmipEnums.normalize(specName);
    }

    @Override
    public KmipVersion since() {
      return KmipVersion.V1_0;
    }
  }

  enum DuplicateCode implements KmipEnum {
    ONE(1, "One"),
    UNO(1, "Uno");

    static final EnumLookup<DuplicateCode> LOOKUP = EnumLookup.of("Duplicate Code", values());

    private final int code;
    private final String name;

    DuplicateCode(int code, String name) {
      this.code = code;
      this.name = name;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String specName() {
      return name;
    }

    @Override
    public String encodingName() {
      return name;
    }

    @Override
    public KmipVersion since() {
      return KmipVersion.V1_0;
    }
  }

  enum DuplicateName implements KmipEnum {
    ONE(1, "Same"),
    TWO(2, "Same");

    static final EnumLookup<DuplicateName> LOOKUP = EnumLookup.of("Duplicate Name", values());

    private final int code;
    private final String name;

    DuplicateName(int code, String name) {
      this.code = code;
      this.name = name;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String specName() {
      return name;
    }

    @Override
    public String encodingName() {
      return name;
    }

    @Override
    public KmipVersion since() {
      return KmipVersion.V1_0;
    }
  }

  enum FormerNameClash implements KmipEnum {
    ONE(1, "One"),
    TWO(2, "Two");

    static final EnumLookup<FormerNameClash> LOOKUP =
        EnumLookup.of("Former Name Clash", values(), Map.of("Two", ONE));

    private final int code;
    private final String name;

    FormerNameClash(int code, String name) {
      this.code = code;
      this.name = name;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String specName() {
      return name;
    }

    @Override
    public String encodingName() {
      return name;
    }

    @Override
    public KmipVersion since() {
      return KmipVersion.V1_0;
    }
  }

  @Test
  void findsByCodeInTheArrayAndInTheMap() throws KmipException {
    assertThat(Colour.LOOKUP.find(0x01)).contains(Colour.RED);
    assertThat(Colour.LOOKUP.find(0x00080000)).contains(Colour.DEEP_BLUE);
    assertThat(Colour.LOOKUP.fromCode(0x00080000)).isEqualTo(Colour.DEEP_BLUE);
    assertThat(Colour.LOOKUP.find(0x02)).isEmpty();
    assertThat(Colour.LOOKUP.find(-1)).isEmpty();
    assertThat(Colour.LOOKUP.find(Integer.MAX_VALUE)).isEmpty();
  }

  @Test
  void findsByEncodingNameAndFormerName() {
    assertThat(Colour.LOOKUP.fromEncodingName("DeepBlue")).contains(Colour.DEEP_BLUE);
    assertThat(Colour.LOOKUP.fromEncodingName("Crimson")).contains(Colour.RED);
    assertThat(Colour.LOOKUP.fromEncodingName("Deep Blue")).isEmpty();
  }

  @Test
  void unknownCodeIsAnInvalidFieldNamingTheTable() {
    assertThatThrownBy(() -> Colour.LOOKUP.fromCode(0x8000_0001))
        .isInstanceOfSatisfying(
            KmipException.class, e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_FIELD))
        .hasMessage("Colour has no value 0x80000001");
  }

  @Test
  void duplicateCodeFailsClassInitialization() {
    assertThatThrownBy(() -> DuplicateCode.LOOKUP.find(1))
        .isInstanceOf(ExceptionInInitializerError.class)
        .cause()
        .hasMessageContaining("share the code 0x00000001");
  }

  @Test
  void duplicateEncodingNameFailsClassInitialization() {
    assertThatThrownBy(() -> DuplicateName.LOOKUP.find(1))
        .isInstanceOf(ExceptionInInitializerError.class)
        .cause()
        .hasMessageContaining("two values are named Same");
  }

  @Test
  void formerNameThatIsACurrentNameFailsClassInitialization() {
    assertThatThrownBy(() -> FormerNameClash.LOOKUP.find(1))
        .isInstanceOf(ExceptionInInitializerError.class)
        .cause()
        .hasMessageContaining("former name Two");
  }
}
