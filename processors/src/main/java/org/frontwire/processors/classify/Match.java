package org.frontwire.processors.classify;

/**
 * One occurrence of a term.
 *
 * @param spelling the taxonomy spelling that matched, shown as evidence
 * @param inBody   true when it came from the body text
 * @param shared   true when the same words also matched another topic's term (Israel, Houthis)
 * @param position index of its first token in the text it was found in (title, summary or body)
 */
public record Match(Term term, String spelling, Zone zone, boolean inBody, boolean shared, int position) {

    /** Which of the three texts it was found in; positions compare only within one. */
    int stream() {
        return inBody ? 2 : zone == Zone.TITLE ? 0 : 1;
    }
}
