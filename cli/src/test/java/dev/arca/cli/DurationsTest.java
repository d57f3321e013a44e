package dev.arca.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void secondsMinutesHoursAndDays() {
    assertThat(Durations.parse("600")).isEqualTo(Duration.ofSeconds(600));
    assertThat(Durations.parse("600s")).isEqualTo(Duration.ofSeconds(600));
    assertThat(Durations.parse("10m")).isEqualTo(Duration.ofMinutes(10));
    assertThat(Durations.parse("10 min")).isEqualTo(Duration.ofMinutes(10));
    assertThat(Durations.parse("2H")).isEqualTo(Duration.ofHours(2));
    assertThat(Durations.parse("1d")).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void anythingElseIsNamed() {
    assertThatThrownBy(() -> Durations.parse("-5s"))
        .hasMessageContaining("'-5s' is not a duration");
    assertThatThrownBy(() -> Durations.parse("10 weeks")).hasMessageContaining("(10m)");
    assertThatThrownBy(() -> Durations.parse("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void peopleReadTheTwoLargestUnits() {
    assertThat(Durations.human(42)).isEqualTo("42 s");
    assertThat(Durations.human(600)).isEqualTo("10 min");
    assertThat(Durations.human(151)).isEqualTo("2 min 31 s");
    assertThat(Durations.human(3600)).isEqualTo("1 h");
    assertThat(Durations.human(3 * 3600 + 5 * 60 + 7)).isEqualTo("3 h 5 min");
    assertThat(Durations.human(2 * 86_400 + 3 * 3600)).isEqualTo("2 d 3 h");
    assertThat(Durations.human(86_400)).isEqualTo("1 d");
  }
}
