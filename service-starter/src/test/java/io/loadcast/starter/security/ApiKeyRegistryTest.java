package io.loadcast.starter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeyRegistryTest {

    @Test
    void matchesKeysConfiguredAsHashes() {
        String hash = HexFormat.of().formatHex(ApiKeyRegistry.sha256("ci-secret"));
        var registry = ApiKeyRegistry.from(new ApiKeyProperties(
                null, List.of(new ApiKeyProperties.ApiKey("ci", null, hash, ApiRole.EDIT)), List.of()));

        assertThat(registry.authenticate("ci-secret")).contains(new ApiCaller("ci", ApiRole.EDIT));
        assertThat(registry.authenticate("ci-secret ")).isEmpty();
    }

    @Test
    void givesTheLocalKeyEveryRole() {
        var registry = ApiKeyRegistry.from(new ApiKeyProperties("k", List.of(), List.of()));

        assertThat(registry.authenticate("k"))
                .hasValueSatisfying(c -> assertThat(c.role()).isEqualTo(ApiRole.MANAGE));
    }

    @Test
    void hasNoKeysWhenNoneAreConfigured() {
        var registry = ApiKeyRegistry.from(new ApiKeyProperties("  ", List.of(), List.of()));

        assertThat(registry.isEmpty()).isTrue();
        assertThat(registry.authenticate("")).isEmpty();
    }

    @Test
    void refusesAKeyWithNeitherSecretNorHash() {
        var props = new ApiKeyProperties(
                null, List.of(new ApiKeyProperties.ApiKey("x", null, null, ApiRole.READ)), List.of());

        assertThatThrownBy(() -> ApiKeyRegistry.from(props)).hasMessageContaining("'x'");
    }

    @Test
    void ordersRolesSoManageIncludesEdit() {
        assertThat(ApiRole.MANAGE.includes(ApiRole.EDIT)).isTrue();
        assertThat(ApiRole.READ.includes(ApiRole.EDIT)).isFalse();
    }
}
