package org.frontwire.processors.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;
import org.frontwire.records.TopicScore;

/**
 * Turns term matches into a {@link Classification}. Each distinct term counts once at the
 * weight of its best zone, plus a little per repeat. Country and leader names count fully only
 * when conflict vocabulary surrounds them, and every topic score shrinks when there is none.
 * The first conflict named in the headline is what the story is about and gets a bonus.
 * A topic needs at least one match in the body.
 */
public final class EvidenceScorer {

    private final ScoringRules rules;

    public EvidenceScorer(ScoringRules rules) {
        this.rules = rules;
    }

    private static final class Hits {
        int count;
        double bestZone;
        boolean inBody;
    }

    private static final class TopicEvidence {
        final Map<Term, Hits> terms = new LinkedHashMap<>();
        final Set<String> spellings = new LinkedHashSet<>();
        boolean inBody;
    }

    public Classification score(List<Match> matches) {
        Map<Term, Hits> vocabulary = new LinkedHashMap<>();
        Map<String, TopicEvidence> topics = new LinkedHashMap<>();
        for (Match m : matches) {
            Term t = m.term();
            Map<Term, Hits> bucket;
            if (t.kind() == TermKind.VOCABULARY) {
                bucket = vocabulary;
            } else {
                TopicEvidence ev = topics.computeIfAbsent(t.topic(), k -> new TopicEvidence());
                ev.inBody |= m.inBody();
                ev.spellings.add(m.spelling());
                bucket = ev.terms;
            }
            Hits h = bucket.computeIfAbsent(t, k -> new Hits());
            h.count++;
            h.bestZone = Math.max(h.bestZone, rules.zoneFactor(m.zone()));
            h.inBody |= m.inBody();
        }
        double context = 0;
        for (Map.Entry<Term, Hits> e : vocabulary.entrySet()) {
            context += value(e.getKey(), e.getValue());
        }
        double contextShare = Math.max(0, Math.min(1.0, context / rules.fullContext()));
        String headlineTopic = matches.stream()
                .filter(m -> m.zone() == Zone.TITLE && m.term().kind() != TermKind.VOCABULARY && !m.shared())
                .map(m -> m.term().topic()).findFirst().orElse(null);
        double weakShare = rules.weakFloor() + (1 - rules.weakFloor()) * contextShare;
        double topicShare = rules.contextBase() + (1 - rules.contextBase()) * contextShare;

        List<TopicScore> scored = new ArrayList<>();
        for (Map.Entry<String, TopicEvidence> e : topics.entrySet()) {
            if (!e.getValue().inBody) {
                continue;
            }
            double score = 0;
            for (Map.Entry<Term, Hits> th : e.getValue().terms.entrySet()) {
                double v = value(th.getKey(), th.getValue());
                score += th.getKey().kind().needsConflictContext() ? v * weakShare : v;
            }
            if (e.getKey().equals(headlineTopic)) {
                score += rules.headlineBonus();
            }
            score *= topicShare;
            if (score >= rules.threshold()) {
                scored.add(new TopicScore(e.getKey(), Math.round(score * 100) / 100.0));
            }
        }
        if (scored.isEmpty()) {
            return Classification.none();
        }
        scored.sort(Comparator.comparingDouble(TopicScore::score).reversed());
        double cut = scored.get(0).score() * rules.secondaryRatio();
        List<TopicScore> kept = scored.stream().filter(s -> s.score() >= cut).toList();
        Map<String, List<String>> evidence = new LinkedHashMap<>();
        for (TopicScore s : kept) {
            evidence.put(s.id(), List.copyOf(topics.get(s.id()).spellings));
        }
        return new Classification(kept.get(0).id(), kept, evidence);
    }

    private double value(Term term, Hits hits) {
        return term.weight() * (hits.bestZone + rules.repeatFactor() * Math.min(hits.count - 1, rules.maxRepeats()));
    }
}
