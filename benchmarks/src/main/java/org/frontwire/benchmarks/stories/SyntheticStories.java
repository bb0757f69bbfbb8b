package org.frontwire.benchmarks.stories;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.frontwire.records.Article;

/**
 * Many synthetic stories: each has its own rare words (names, places) and a wire text; its reports are copies of
 * the wire text with edits or texts of their own around the same rare words, padded with common words drawn from a
 * Zipf-like vocabulary every story shares. Stories start at a steady rate, so the number kept per window is constant.
 */
final class SyntheticStories {
    private static final int COMMON_WORDS = 2_000;
    private static final String[] SITES = {"one.example", "two.example", "three.example", "four.example", "five.example",
        "six.example", "seven.example", "eight.example", "nine.example", "ten.example"};

    private final Random random;
    private final Duration articleGap;
    private final String[] topics = {"yemen", "syria", "iraq", "libya", "sudan", "ukraine-russia", "none"};
    private final List<Live> live = new ArrayList<>();
    private long made;
    private long storiesMade;
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    private record Live(long id, List<String> rare, String wire, String topic, int left) {}

    SyntheticStories(long seed, Duration articleGap) {
        this.random = new Random(seed);
        this.articleGap = articleGap;
    }

    Article next() {
        now = now.plus(articleGap);
        if (live.isEmpty() || random.nextDouble() < 0.25) { // 0.25 new stories an article × about 3.5 reports a story: the live set stays bounded
            live.add(newStory());
        }
        int i = random.nextInt(live.size());
        Live s = live.get(i);
        if (s.left() <= 1) {
            live.remove(i);
        } else {
            live.set(i, new Live(s.id(), s.rare(), s.wire(), s.topic(), s.left() - 1));
        }
        String text = random.nextBoolean() ? edit(s.wire()) : ownWords(s.rare());
        String title = String.join(" ", pick(s.rare(), 3)) + " " + common() + " " + common();
        long n = made++;
        String site = SITES[random.nextInt(SITES.length)];
        return new Article(Article.SCHEMA_VERSION, "a" + n, "https://" + site + "/news/" + n, null, site, title, null, text, "en", now, now,
                null, List.of(), null, s.topic(), List.of(), Map.of(), "bench", null);
    }

    private Live newStory() {
        long id = storiesMade++;
        List<String> rare = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            rare.add("r" + Long.toString(random.nextLong() & 0xFFFFFFFFFL, 36));
        }
        return new Live(id, rare, ownWords(rare), topics[random.nextInt(topics.length)], 1 + (int) Math.min(20, -Math.log(1 - random.nextDouble()) * 2.5));
    }

    private String ownWords(List<String> rare) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < 180; w++) {
            b.append(random.nextInt(4) == 0 ? rare.get(random.nextInt(rare.size())) : common()).append(w % 15 == 14 ? ". " : " ");
        }
        return b.toString();
    }

    private String edit(String wire) {
        String[] words = wire.split(" ");
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (random.nextInt(12) != 0) {
                b.append(w).append(' ');
            } else if (random.nextBoolean()) {
                b.append(common()).append(' ');
            }
        }
        return b.toString();
    }

    private String common() {
        int rank = (int) Math.min(COMMON_WORDS - 1, Math.exp(random.nextDouble() * Math.log(COMMON_WORDS)));
        return "c" + rank;
    }

    private List<String> pick(List<String> from, int n) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(from.get(random.nextInt(from.size())));
        }
        return out;
    }

    long storiesMade() {
        return storiesMade;
    }
}
