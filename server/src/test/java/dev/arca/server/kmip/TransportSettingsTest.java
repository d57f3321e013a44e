package dev.arca.server.kmip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TransportSettingsTest {

  @Test
  void defaults() {
    TransportSettings settings = TransportSettings.DEFAULTS;
    assertThat(settings.handshakeTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.requestReadTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.responseWriteTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.maxConnectionsPerListener()).isEqualTo(10_000);
    assertThat(settings.decodeLimits().maxMessageBytes()).isEqualTo(1 << 20);
  }

  @Test
  void invalidSettingsNameTheSetting() {
    assertThatThrownBy(() -> TransportSettings.DEFAULTS.withRequestReadTimeout(Duration.ZERO))
        .hasMessageContaining("requestReadTimeout");
    assertThatThrownBy(() -> TransportSettings.DEFAULTS.withMaxConnectionsPerListener(0))
        .hasMessageContaining("maxConnectionsPerListener");
  }
}
