package org.frontwire.processors.classify;

/** One occurrence of a term; {@code inBody} is true when it came from the body text. */
public record Match(Term term, Zone zone, boolean inBody) {}
