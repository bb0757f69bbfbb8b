package org.frontwire.processors.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontwire.records.TopicScore;

/**
 * Turns term matches into a {@link Classification}. An article is about a conflict when the war is
 * its subject, not when a conflict country's name appears, so:
 * <ul>
 * <li>a topic term is <em>anchored</em> when conflict vocabulary (fighting, casualties, ceasefire,
 *     peace talks, war-zone aid, "the conflict between") stands near it; a topic needs one anchored
 *     term, and terms never anchored count for less;</li>
 * <li>when the title and lead speak more of elections, courts, budgets, sport or markets than of
 *     the war, every topic score shrinks;</li>
 * <li>a topic named only by countries and leaders beside one named by its places, groups or forces
 *     is who acts, not the conflict, and shrinks.</li>
 * </ul>
 * Each distinct term counts once at the weight of its best zone, plus a little per repeat. Country
 * and leader names count fully only when conflict vocabulary surrounds them, and every topic score
 * shrinks when there is none. The conflict the headline names (by a place, group or force before a country) gets a
 * bonus. A topic needs
 * at least one match in the body.
 */
public final class EvidenceScorer {

    private final ScoringRules rules;

    public EvidenceScorer(ScoringRules rules) {
        this.rules = rules;
    }

    private static final class Hits {
        int count;
        double bestZone;
        boolean anchored;
    }

    private static final class TopicEvidence {
        final Map<Term, Hits> terms = new LinkedHashMap<>();
        final Set<String> spellings = new LinkedHashSet<>();
        final Set<String> anchors = new LinkedHashSet<>();
        boolean inBody;
        boolean anchored;
        boolean placedAndAnchored;
    }

    public Classification score(List<Match> matches) {
        List<Match> events = matches.stream()
                .filter(m -> m.term().kind() == TermKind.VOCABULARY && m.term().weight() > 0).toList();
        Map<Term, Hits> vocabulary = new LinkedHashMap<>();
        Map<String, TopicEvidence> topics = new LinkedHashMap<>();
        double leadEvents = 0;
        double leadOffTopic = 0;
        for (Match m : matches) {
            Term t = m.term();
            Map<Term, Hits> bucket;
            boolean anchored = false;
            if (t.kind() == TermKind.VOCABULARY) {
                bucket = vocabulary;
                if (m.zone() != Zone.BODY) {
                    if (t.weight() > 0) {
                        leadEvents += t.weight();
                    } else {
                        leadOffTopic -= t.weight();
                    }
                }
            } else {
                TopicEvidence ev = topics.computeIfAbsent(t.topic(), k -> new TopicEvidence());
                ev.inBody |= m.inBody();
                ev.spellings.add(m.spelling());
                Match anchor = t.kind() == TermKind.STATEMENT ? m : nearestEvent(m, events);
                if (anchor != null) {
                    anchored = true;
                    ev.anchored = true;
                    ev.anchors.add(anchor.spelling());
                    ev.placedAndAnchored |= !t.kind().needsConflictContext();
                }
                bucket = ev.terms;
            }
            Hits h = bucket.computeIfAbsent(t, k -> new Hits());
            h.count++;
            h.bestZone = Math.max(h.bestZone, rules.zoneFactor(m.zone()));
            h.anchored |= anchored;
        }
        double context = 0;
        for (Map.Entry<Term, Hits> e : vocabulary.entrySet()) {
            context += value(e.getKey(), e.getValue());
        }
        double contextShare = Math.max(0, Math.min(1.0, context / rules.fullContext()));
        String headlineTopic = headlineTopic(matches);
        double weakShare = rules.weakFloor() + (1 - rules.weakFloor()) * contextShare;
        double topicShare = rules.contextBase() + (1 - rules.contextBase()) * contextShare;
        if (leadOffTopic > leadEvents) {
            topicShare *= rules.offTopicShare();
        }
        boolean somePlaced = topics.values().stream().anyMatch(ev -> ev.inBody && ev.placedAndAnchored);

        List<TopicScore> scored = new ArrayList<>();
        for (Map.Entry<String, TopicEvidence> e : topics.entrySet()) {
            TopicEvidence ev = e.getValue();
            if (!ev.inBody || !ev.anchored) {
                continue;
            }
            double score = 0;
            for (Map.Entry<Term, Hits> th : ev.terms.entrySet()) {
                double v = value(th.getKey(), th.getValue());
                if (th.getKey().kind().needsConflictContext()) {
                    v *= weakShare;
                }
                score += th.getValue().anchored ? v : v * rules.unanchoredShare();
            }
            if (e.getKey().equals(headlineTopic)) {
                score += rules.headlineBonus();
            }
            score *= topicShare;
            if (somePlaced && !ev.placedAndAnchored) {
                score *= rules.bystanderShare();
            }
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
        Map<String, List<String>> anchors = new LinkedHashMap<>();
        for (TopicScore s : kept) {
            evidence.put(s.id(), List.copyOf(topics.get(s.id()).spellings));
            anchors.put(s.id(), List.copyOf(topics.get(s.id()).anchors));
        }
        return new Classification(kept.get(0).id(), kept, evidence, anchors);
    }

    /**
     * The conflict the headline is about: the first named by a place, group, force or the conflict's name, else the
     * first named at all (a country, a leader); never by words other topics share (Israel, Houthis).
     */
    private static String headlineTopic(List<Match> matches) {
        String first = null;
        for (Match m : matches) {
            if (m.zone() != Zone.TITLE || m.term().kind() == TermKind.VOCABULARY || m.shared()) {
                continue;
            }
            if (!m.term().kind().needsConflictContext()) {
                return m.term().topic();
            }
            if (first == null) {
                first = m.term().topic();
            }
        }
        return first;
    }

    /** The conflict vocabulary nearest to {@code m} within the window of its own text, or null. */
    private Match nearestEvent(Match m, List<Match> events) {
        Match best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Match e : events) {
            if (e.stream() != m.stream()) {
                continue;
            }
            int d = Math.abs(e.position() - m.position());
            if (d <= rules.anchorWindow() && d < bestDistance) {
                best = e;
                bestDistance = d;
            }
        }
        return best;
    }

    private double value(Term term, Hits hits) {
        return term.weight() * (hits.bestZone + rules.repeatFactor() * Math.min(hits.count - 1, rules.maxRepeats()));
    }
}
