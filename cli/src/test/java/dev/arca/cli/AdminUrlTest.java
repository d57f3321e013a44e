package dev.arca.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AdminUrlTest {

  @Test
  void oneNodeHasOneSpelling() throws Exception {
    assertThat(AdminUrl.normalize("https://KMS1.Example.com:9443/"))
        .isEqualTo("https://kms1.example.com:9443");
    assertThat(AdminUrl.normalize(" HTTPS://kms1:9443 ")).isEqualTo("https://kms1:9443");
    assertThat(AdminUrl.normalize("kms1:9443")).isEqualTo("https://kms1:9443");
    assertThat(AdminUrl.normalize("https://kms1")).isEqualTo("https://kms1");
    assertThat(AdminUrl.normalize("https://proxy/arca//")).isEqualTo("https://proxy/arca");
    assertThat(AdminUrl.normalize("https://[::1]:9443")).isEqualTo("https://[::1]:9443");
  }

  @Test
  void plainHttpAndOtherSchemesAreRefused() {
    assertThatThrownBy(() -> AdminUrl.normalize("http://kms1:9443"))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("HTTPS only");
    assertThatThrownBy(() -> AdminUrl.normalize("ftp://kms1"))
        .hasMessageContaining("not an https://");
    assertThatThrownBy(() -> AdminUrl.normalize("https://user@kms1"))
        .hasMessageContaining("no host");
    assertThatThrownBy(() -> AdminUrl.normalize("https://kms1/?x=1"))
        .hasMessageContaining("without ?");
    assertThatThrownBy(() -> AdminUrl.normalize("")).hasMessageContaining("empty");
    assertThatThrownBy(() -> AdminUrl.normalize("https://kms 1")).hasMessageContaining("not a URL");
  }

  @Test
  void namesArePathSegments() {
    assertThat(AdminUrl.segment("alice")).isEqualTo("alice");
    assertThat(AdminUrl.segment("app.v2_x-y~z")).isEqualTo("app.v2_x-y~z");
    assertThat(AdminUrl.segment("a/b c?#")).isEqualTo("a%2Fb%20c%3F%23");
    assertThat(AdminUrl.segment("..")).isEqualTo("%2E%2E");
    assertThat(AdminUrl.segment("é")).isEqualTo("%C3%A9");
  }
}
