package org.frontwire.processors.stories;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** B-cubed and pairwise precision, recall and F1 of a clustering, as shared/eval/score_stories.py defines them. */
record ClusteringScores(double bcubedP, double bcubedR, double pairP, double pairR, long correctPairs, long predictedPairs, long truePairs) {

    double bcubedF1() {
        return f1(bcubedP, bcubedR);
    }

    double pairF1() {
        return f1(pairP, pairR);
    }

    /** @param gold id to gold story; @param pred id to predicted story (ids missing from pred count as singletons) */
    static ClusteringScores of(Map<String, String> gold, Map<String, String> pred) {
        Map<String, Set<String>> g = new HashMap<>();
        Map<String, Set<String>> p = new HashMap<>();
        Map<String, String> predicted = new HashMap<>();
        for (String id : gold.keySet()) {
            String s = pred.get(id);
            predicted.put(id, s == null ? "singleton:" + id : "s:" + s);
            g.computeIfAbsent(gold.get(id), k -> new HashSet<>()).add(id);
            p.computeIfAbsent(predicted.get(id), k -> new HashSet<>()).add(id);
        }
        double bp = 0;
        double br = 0;
        Map<String, Integer> contingency = new HashMap<>();
        for (String id : gold.keySet()) {
            Set<String> gs = g.get(gold.get(id));
            Set<String> ps = p.get(predicted.get(id));
            long inter = gs.stream().filter(ps::contains).count();
            bp += (double) inter / ps.size();
            br += (double) inter / gs.size();
            contingency.merge(gold.get(id) + "\u0000" + predicted.get(id), 1, Integer::sum);
        }
        int n = gold.size();
        long tp = contingency.values().stream().mapToLong(ClusteringScores::pairs).sum();
        long gp = g.values().stream().mapToLong(s -> pairs(s.size())).sum();
        long pp = p.values().stream().mapToLong(s -> pairs(s.size())).sum();
        return new ClusteringScores(bp / n, br / n, pp == 0 ? 1.0 : (double) tp / pp, gp == 0 ? 1.0 : (double) tp / gp, tp, pp, gp);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "B-cubed P %.4f R %.4f F1 %.4f | pairwise P %.4f R %.4f F1 %.4f (correct %d / predicted %d / true %d)",
                bcubedP, bcubedR, bcubedF1(), pairP, pairR, pairF1(), correctPairs, predictedPairs, truePairs);
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
