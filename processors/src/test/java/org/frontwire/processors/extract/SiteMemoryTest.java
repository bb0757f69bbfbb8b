package org.frontwire.processors.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SiteMemoryTest {
    /** A site's line no lexicon knows: only the memory of the site tells it from article text. */
    private static final String PROMO = "The Harbour Times has covered the coast and its harbours since 1887, every single day";
    private static final String[] PLACES = {"Northgate", "Eastbrook", "Millford", "Ashcombe", "Redcliff", "Westmoor",
        "Kingsbay", "Larkhill", "Oakhaven", "Pinecrest", "Stonebridge", "Fairport", "Elmstead", "Harrowby"};
    private static final String[] THINGS = {"planks", "railings", "lamps", "benches", "signs", "ropes", "barriers",
        "kiosks", "shelters", "fences", "gates", "steps", "ladders", "buoys"};
    private final ArticleExtractor extractor = new ArticleExtractor();

    /** Page n's own words (site memory folds digits away, so pages must differ in words). */
    private static String place(int n) {
        return PLACES[n % PLACES.length];
    }

    private static String thing(int n) {
        return THINGS[(n * 5 + 3) % THINGS.length];
    }

    private static String letters(int n) {
        StringBuilder out = new StringBuilder();
        for (int v = n + 1; v > 0; v /= 26) {
            out.append((char) ('a' + v % 26));
        }
        return out.toString();
    }

    private static Page textPage(String host, int n, String extraLine) {
        String body = "Storm Damages " + place(n) + " Pier Overnight\n\n"
                + "High winds tore " + thing(n) + " from the old pier at " + place(n) + " on Tuesday night, the harbour master said, "
                + "and the structure will stay closed while engineers inspect the supports.\n\n"
                + "Repairs to the " + thing(n) + " are expected to take several weeks, and the council has asked visitors to "
                + "keep away from " + place(n) + " until further notice.\n\n"
                + extraLine + "\n";
        return new Page("https://" + host + "/news/" + n, "text/plain", body, null, null, Instant.parse("2024-01-01T00:00:00Z"));
    }

    private static Page htmlPage(String host, int n) {
        String html = "<html><body><div class='promo-strip'><p>" + PROMO + "</p></div><article><h1>Headline " + place(n) + "</h1>"
                + "<p>A story from " + place(n) + " that is long enough to be scored as article text, with commas, clauses, "
                + "and a few more words to make it count as content for the block scorer.</p>"
                + "<p>" + PROMO + "</p>"
                + "<p>Second paragraph about " + thing(n) + ", also long enough to count, describing what happened next in some detail "
                + "for the benefit of the reader.</p></article></body></html>";
        return new Page("https://" + host + "/story/" + n, "text/html", html, null, null, Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void aPageSeenAgainTeachesNothingNewButAnotherPageDoes() {
        SiteMemory memory = SiteMemory.empty();
        Page page = htmlPage("harbourtimes.example", 1);
        memory.observe(page);
        memory.observe(new Page(page.url() + "?again", page.contentType(), page.body(), null, null, page.fetchedAt()));
        assertThat(memory.pages()).isEqualTo(1);

        memory.observe(htmlPage("harbourtimes.example", 2));
        assertThat(memory.pages()).isEqualTo(2);
    }

    @Test
    void longPagesOfDifferentLengthsAreTwoPages() {
        String filler = "<p>" + "Council minutes, budget lines and the harbour accounts for the year. ".repeat(2000) + "</p>";
        SiteMemory memory = SiteMemory.empty();
        memory.observe(new Page("https://harbourtimes.example/a", "text/html", "<html><body>" + filler + "<p>Northgate</p>"
                + filler + "</body></html>", null, null, Instant.parse("2024-01-01T00:00:00Z")));
        memory.observe(new Page("https://harbourtimes.example/b", "text/html", "<html><body>" + filler + "<p>Oakhaven</p>"
                + filler + "</body></html>", null, null, Instant.parse("2024-01-01T00:00:00Z")));
        assertThat(memory.pages()).isEqualTo(2);
    }

    @Test
    void aLineRecurringOnManyPagesOfAHostIsDropped() {
        SiteMemory memory = SiteMemory.empty();
        for (int i = 0; i < 10; i++) {
            memory.observe(textPage("harbourtimes.example", i, PROMO));
        }
        Extraction x = extractor.extract(textPage("harbourtimes.example", 11, PROMO), memory);
        assertThat(x.text()).doesNotContain(PROMO).contains("High winds tore " + thing(11) + " from the old pier at " + place(11));
        assertThat(extractor.extract(textPage("harbourtimes.example", 11, PROMO), SiteMemory.empty()).text()).contains(PROMO);
    }

    @Test
    void htmlTemplateLinesAreLearnedToo() {
        SiteMemory memory = SiteMemory.empty();
        for (int i = 0; i < 6; i++) {
            memory.observe(htmlPage("harbourtimes.example", i));
        }
        Extraction x = extractor.extract(htmlPage("harbourtimes.example", 7), memory);
        assertThat(x.text()).doesNotContain(PROMO).contains("A story from " + place(7));
    }

    @Test
    void learningFromTheExtractionsOwnParseLearnsWhatObservingDoes() {
        SiteMemory observed = SiteMemory.empty();
        SiteMemory learned = SiteMemory.empty();
        for (int i = 0; i < 8; i++) {
            observed.observe(htmlPage("harbourtimes.example", i));
            Extraction x = extractor.extract(htmlPage("harbourtimes.example", i), observed);
            assertThat(extractor.learnAndExtract(htmlPage("harbourtimes.example", i), learned)).isEqualTo(x);
        }
        assertThat(learned.toBytes()).isEqualTo(observed.toBytes());
        assertThat(extractor.learnAndExtract(htmlPage("harbourtimes.example", 9), learned).text()).doesNotContain(PROMO);
    }

    @Test
    void anotherHostsMemoryDoesNotDropTheLine() {
        SiteMemory harbour = SiteMemory.empty();
        for (int i = 0; i < 10; i++) {
            harbour.observe(textPage("harbourtimes.example", i, PROMO));
        }
        SiteMemory other = SiteMemory.empty();
        for (int i = 0; i < 10; i++) {
            other.observe(textPage("valleynews.example", i, "Valley News, your local paper since 1901"));
        }
        assertThat(extractor.extract(textPage("valleynews.example", 20, PROMO), other).text()).contains(PROMO);
        assertThat(extractor.extract(textPage("valleynews.example", 20, PROMO), harbour).text())
                .as("a memory learned on one host is not applied to another").contains(PROMO);
    }

    @Test
    void textSeenOnASinglePageIsNeverDropped() {
        SiteMemory memory = SiteMemory.empty();
        Page page = textPage("harbourtimes.example", 1, PROMO);
        for (int i = 0; i < 5; i++) {
            memory.observe(page); // the same page again does not count twice
        }
        assertThat(memory.pages()).isEqualTo(1);
        assertThat(extractor.extract(page, memory).text()).contains(PROMO);
    }

    @Test
    void extractDoesNotChangeTheMemory() {
        SiteMemory memory = SiteMemory.empty();
        for (int i = 0; i < 4; i++) {
            memory.observe(textPage("harbourtimes.example", i, PROMO));
        }
        byte[] before = memory.toBytes();
        extractor.extract(textPage("harbourtimes.example", 9, PROMO), memory);
        assertThat(memory.toBytes()).isEqualTo(before);
    }

    @Test
    void roundTripsThroughBytes() {
        SiteMemory memory = SiteMemory.empty();
        for (int i = 0; i < 8; i++) {
            memory.observe(textPage("harbourtimes.example", i, PROMO));
        }
        SiteMemory copy = SiteMemory.fromBytes(memory.toBytes());
        assertThat(copy.toBytes()).isEqualTo(memory.toBytes());
        assertThat(copy.host()).isEqualTo("harbourtimes.example");
        assertThat(copy.pages()).isEqualTo(8);
        assertThat(copy.isTemplate(PROMO)).isTrue();
        assertThat(SiteMemory.fromBytes(null).pages()).isZero();
        assertThat(SiteMemory.fromBytes(new byte[] {9, 9, 9}).pages()).isZero();
    }

    @Test
    void staysBoundedOverManyPages() {
        SiteMemory memory = SiteMemory.empty();
        for (int i = 0; i < 3000; i++) {
            StringBuilder body = new StringBuilder(PROMO).append('\n');
            for (int j = 0; j < 20; j++) {
                body.append("unique line ").append(letters(i)).append(" number ").append(letters(j)).append('\n');
            }
            memory.observe(new Page("https://harbourtimes.example/" + i, "text/plain", body.toString(), null, null, null));
        }
        assertThat(memory.size()).isLessThanOrEqualTo(SiteMemory.MAX_LINES);
        assertThat(memory.toBytes().length).isLessThan(300_000);
        assertThat(memory.isTemplate(PROMO)).isTrue();
        assertThat(memory.isTemplate("unique line " + letters(2999) + " number " + letters(3))).isFalse();
    }
}
