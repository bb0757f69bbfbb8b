package org.frontwire.processors.classify;

/**
 * One occurrence of a term.
 *
 * @param spelling the taxonomy spelling that matched, shown as evidence
 * @param inBody   true when it came from the body text
 * @param shared   true when the same words also matched another topic's term (Israel, Houthis)
 */
public record Match(Term term, String spelling, Zone zone, boolean inBody, boolean shared) {}
