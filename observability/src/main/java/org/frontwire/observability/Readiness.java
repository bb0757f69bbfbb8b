package org.frontwire.observability;

/** Whether a service can do its work now, and why not. */
public record Readiness(boolean ready, String detail) {}
