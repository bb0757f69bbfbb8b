package org.frontwire.processors.classify;

import java.util.List;

/**
 * One concept of the taxonomy with all its spellings, e.g. Karabakh in Arabic:
 * كاراباخ، كراباخ، قره باغ. Repeated mentions of any spelling count as repeats of this term.
 *
 * @param topic    topic slug, or empty for conflict vocabulary
 * @param label    the first spelling, shown as evidence
 * @param variants every spelling as written in the taxonomy file
 */
public record Term(String topic, TermKind kind, double weight, String lang, String label, List<String> variants) {

    public Term {
        label = label.replace("*", "");
        variants = List.copyOf(variants);
    }
}
