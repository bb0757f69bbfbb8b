package org.frontwire.processors.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word-4-gram metric of score_extraction.py (Zyte article-extraction-benchmark): tokens are runs of Python
 * {@code \w} (letters, numbers, underscore), shingles are 4-token runs, per-page TP/FP/FN normalised, corpus precision
 * and recall are means over pages, F1 their harmonic mean, accuracy the share of pages with identical token lists.
 */
final class WordShingleScore {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private final List<Double> precisions = new ArrayList<>();
    private final List<Double> recalls = new ArrayList<>();
    private int pages;
    private int exact;

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Map<List<String>, Integer> shingles(List<String> toks) {
        Map<List<String>, Integer> out = new HashMap<>();
        if (toks.isEmpty()) {
            return out;
        }
        if (toks.size() < 4) {
            out.put(toks, 1);
            return out;
        }
        for (int i = 0; i + 4 <= toks.size(); i++) {
            out.merge(toks.subList(i, i + 4), 1, Integer::sum);
        }
        return out;
    }

    /** Adds one page; returns its {tp, fp, fn} (normalised). */
    double[] add(String truth, String predicted) {
        List<String> tt = tokens(truth);
        List<String> pt = tokens(predicted);
        Map<List<String>, Integer> t = shingles(tt);
        Map<List<String>, Integer> p = shingles(pt);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            int tc = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(tc, e.getValue());
            fp += Math.max(0, e.getValue() - tc);
        }
        for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        double total = tp + fp + fn;
        if (total > 0) {
            tp /= total;
            fp /= total;
            fn /= total;
        }
        if (tp + fp > 0) {
            precisions.add(fp == 0 && fn == 0 ? 1.0 : tp / (tp + fp));
        }
        if (tp + fn > 0) {
            recalls.add(fp == 0 && fn == 0 ? 1.0 : tp / (tp + fn));
        }
        pages++;
        if (tt.equals(pt)) {
            exact++;
        }
        return new double[] {tp, fp, fn};
    }

    double precision() {
        return precisions.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    double recall() {
        return recalls.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double accuracy() {
        return pages == 0 ? 0 : (double) exact / pages;
    }
}
