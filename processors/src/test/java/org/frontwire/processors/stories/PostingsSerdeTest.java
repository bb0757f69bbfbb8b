package org.frontwire.processors.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostingsSerdeTest {
    private final PostingsSerde serde = new PostingsSerde();

    @Test
    void postingsComeBackInTheirOrderWithTheirAnchors() {
        StoreMemory.Postings postings = new StoreMemory.Postings(List.of(
                new StoryMemory.Posting("ar-1796000000000-قصة", 1_796_000_000_000L),
                new StoryMemory.Posting("en-1795999999000-b", -5L),
                new StoryMemory.Posting("", Long.MAX_VALUE)));

        byte[] bytes = serde.serializer().serialize("t", postings);

        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(postings);
        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", new StoreMemory.Postings(List.of()))).postings())
                .isEmpty();
        assertThat(serde.serializer().serialize("t", null)).isNull();
    }

    @Test
    void aTruncatedValueIsAClearError() {
        byte[] bytes = serde.serializer().serialize("t", new StoreMemory.Postings(List.of(new StoryMemory.Posting("s1", 7L))));
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 3);

        assertThatThrownBy(() -> serde.deserializer().deserialize("t", cut))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("unreadable story postings");
    }
}
