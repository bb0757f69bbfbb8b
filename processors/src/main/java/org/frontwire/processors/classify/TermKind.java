package org.frontwire.processors.classify;

import java.util.Locale;

/** What a taxonomy term names; decides whether it counts without conflict vocabulary around it. */
public enum TermKind {
    /** The conflict or its region by name: Nagorno-Karabakh, Donbas, Gaza Strip. */
    NAME(false),
    /** A place the fighting is about: Stepanakert, Kharkiv, Rafah, El Fasher. */
    PLACE(false),
    /** An armed group or force: Hezbollah, Houthis, Rapid Support Forces, M23. */
    GROUP(false),
    /** A state actor tied to the conflict: Russian peacekeepers, IDF, UNIFIL. */
    ACTOR(false),
    /** A head of state or commander; also in plenty of peaceful news. */
    LEADER(true),
    /** A country, capital or nationality: weak alone (football, Formula 1, business). */
    COUNTRY(true),
    /** A name that is also an everyday word: حماس (enthusiasm), مالي (financial). */
    AMBIGUOUS(true),
    /**
     * An explicit statement of the conflict as a subject: two-state solution, the Israeli-Palestinian
     * conflict. Carries its own conflict context.
     */
    STATEMENT(false),
    /** Conflict vocabulary (shelling, ceasefire, troops): belongs to no topic. */
    VOCABULARY(false);

    private final boolean needsConflictContext;

    TermKind(boolean needsConflictContext) {
        this.needsConflictContext = needsConflictContext;
    }

    public boolean needsConflictContext() {
        return needsConflictContext;
    }

    public static TermKind parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
