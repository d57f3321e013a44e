package dev.arca.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationMixTest {

  @Test
  void parsesWeightsAndWritesThemBack() {
    OperationMix mix = OperationMix.parse("get=70, encrypt:20,create=10");

    assertThat(mix.weights())
        .containsExactly(
            Map.entry(BenchOperation.CREATE, 10),
            Map.entry(BenchOperation.GET, 70),
            Map.entry(BenchOperation.ENCRYPT, 20));
    assertThat(mix.totalWeight()).isEqualTo(100);
    assertThat(mix.share(BenchOperation.GET)).isEqualTo(0.7);
    assertThat(mix.share(BenchOperation.SIGN)).isZero();
    assertThat(OperationMix.parse(mix.toString())).isEqualTo(mix);
  }

  @Test
  void aWeightLeftOutIsOne() {
    assertThat(OperationMix.parse("get,GET_ATTRIBUTES,handshake").weights())
        .containsOnly(
            Map.entry(BenchOperation.GET, 1),
            Map.entry(BenchOperation.GET_ATTRIBUTES, 1),
            Map.entry(BenchOperation.HANDSHAKE, 1));
  }

  @Test
  void refusesWhatIsWrongAndSaysWhat() {
    assertThatThrownBy(() -> OperationMix.parse("get,fetch"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown operation 'fetch'")
        .hasMessageContaining("get-attributes");
    assertThatThrownBy(() -> OperationMix.parse("get=x")).hasMessageContaining("weight 'x' of get");
    assertThatThrownBy(() -> OperationMix.parse("get=0")).hasMessageContaining("between 1 and");
    assertThatThrownBy(() -> OperationMix.parse("get=1,get=2")).hasMessageContaining("twice");
    assertThatThrownBy(() -> OperationMix.parse(" , ")).hasMessageContaining("empty");
  }

  @Test
  void everyWindowOfTotalWeightStepsHoldsEachOperationItsWeight() {
    OperationMix mix = OperationMix.parse("get=5,encrypt=3,create=1,mac=2");
    OperationMix.Cursor cursor = mix.cursor(0);
    for (int window = 0; window < 50; window++) {
      Map<BenchOperation, Integer> seen = new EnumMap<>(BenchOperation.class);
      for (int i = 0; i < mix.totalWeight(); i++) {
        seen.merge(cursor.next(), 1, Integer::sum);
      }
      assertThat(seen).isEqualTo(mix.weights());
    }
  }

  @Test
  void spreadsAnOperationEvenlyRatherThanInARun() {
    OperationMix.Cursor cursor = OperationMix.parse("get=2,encrypt=1").cursor(0);
    StringBuilder order = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      order.append(cursor.next() == BenchOperation.GET ? 'g' : 'e');
    }
    assertThat(order.toString()).isEqualTo("geggeg");
  }

  @Test
  void workersStartAtDifferentPlaces() {
    OperationMix mix = OperationMix.parse("get=1,encrypt=1");
    assertThat(mix.cursor(0).next()).isNotEqualTo(mix.cursor(1).next());
    assertThat(mix.cursor(0).next()).isEqualTo(mix.cursor(2).next());
  }
}
