package io.loadcast.rag.answers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProseTest {

    @Test
    void acceptsOrdinarySentences() {
        assertThat(Prose.isProse("A heat pump moves heat from outside air into a building."))
                .isTrue();
        assertThat(Prose.isProse("The coefficient of performance falls as the outdoor temperature drops."))
                .isTrue();
    }

    @Test
    void rejectsTablesCodeGraphsLinksChaptersAndHeadings() {
        assertThat(Prose.isProse("| Month | Demand (MW) | Change |")).isFalse();
        assertThat(Prose.isProse("digraph G { meter -> hub [label=\"pulse\"]; }"))
                .isFalse();
        assertThat(Prose.isProse("float power = voltage * current;")).isFalse();
        assertThat(Prose.isProse("See [the guide](https://example.org/guide) and [tools](https://x.org)."))
                .isFalse();
        assertThat(Prose.isProse("0:00 Introduction 2:15 Fabric heat loss 5:40 Ventilation 9:12 Results."))
                .isFalse();
        assertThat(Prose.isProse("## Heat pumps and their coefficient of performance explained"))
                .isFalse();
        assertThat(Prose.isProse("Too short.")).isFalse();
    }
}
