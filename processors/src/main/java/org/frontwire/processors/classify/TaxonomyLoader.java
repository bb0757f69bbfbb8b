package org.frontwire.processors.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the hand-edited taxonomy files (UTF-8, tab-separated, {@code #} comments):
 * <pre>
 * taxonomy.tsv:             slug  kind  weight  lang  spelling|spelling|...
 * conflict-vocabulary.tsv:  lang  weight  spelling|spelling|...
 * </pre>
 * A spelling is a word or phrase matched as whole tokens; a trailing {@code *} on a word lets it
 * take endings (إسرائيلي* matches الإسرائيلية, israel* matches israelis).
 */
public final class TaxonomyLoader {

    public static final String DEFAULT_TAXONOMY = "/classify/taxonomy.tsv";
    public static final String DEFAULT_VOCABULARY = "/classify/conflict-vocabulary.tsv";
    public static final String VOCABULARY_FILE = "conflict-vocabulary.tsv";

    private TaxonomyLoader() {}

    public static Taxonomy loadDefault() {
        return build(readResource(DEFAULT_TAXONOMY), readResource(DEFAULT_VOCABULARY));
    }

    /** Loads a taxonomy file; the vocabulary comes from a {@value #VOCABULARY_FILE} beside it, else the default one. */
    public static Taxonomy load(Path taxonomyFile) {
        try {
            Path vocabularyFile = taxonomyFile.resolveSibling(VOCABULARY_FILE);
            List<String> vocabulary = Files.isRegularFile(vocabularyFile)
                    ? Files.readAllLines(vocabularyFile, StandardCharsets.UTF_8)
                    : readResource(DEFAULT_VOCABULARY);
            return build(Files.readAllLines(taxonomyFile, StandardCharsets.UTF_8), vocabulary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read taxonomy " + taxonomyFile, e);
        }
    }

    static Taxonomy build(List<String> taxonomyLines, List<String> vocabularyLines) {
        Set<String> topics = new LinkedHashSet<>();
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < taxonomyLines.size(); i++) {
            String[] f = fields(taxonomyLines.get(i));
            if (f == null) {
                continue;
            }
            require(f.length == 5, i, "expected slug, kind, weight, lang, spellings", taxonomyLines.get(i));
            topics.add(f[0]);
            terms.add(term(f[0], TermKind.parse(f[1]), f[2], f[3], f[4], i));
        }
        List<Term> vocabulary = new ArrayList<>();
        for (int i = 0; i < vocabularyLines.size(); i++) {
            String[] f = fields(vocabularyLines.get(i));
            if (f == null) {
                continue;
            }
            require(f.length == 3, i, "expected lang, weight, spellings", vocabularyLines.get(i));
            vocabulary.add(term("", TermKind.VOCABULARY, f[1], f[0], f[2], i));
        }
        return new Taxonomy(List.copyOf(topics), terms, vocabulary);
    }

    private static Term term(String topic, TermKind kind, String weight, String lang, String spellings, int line) {
        List<String> variants = Arrays.stream(spellings.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        require(!variants.isEmpty(), line, "no spelling", spellings);
        double w;
        try {
            w = Double.parseDouble(weight);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + (line + 1) + ": bad weight " + weight);
        }
        return new Term(topic, kind, w, lang, variants.get(0), variants);
    }

    private static String[] fields(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
            return null;
        }
        String[] f = t.split("\t+");
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].trim();
        }
        return f;
    }

    private static void require(boolean ok, int line, String message, String text) {
        if (!ok) {
            throw new IllegalArgumentException("line " + (line + 1) + ": " + message + ": " + text);
        }
    }

    private static List<String> readResource(String name) {
        InputStream in = TaxonomyLoader.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + name);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
