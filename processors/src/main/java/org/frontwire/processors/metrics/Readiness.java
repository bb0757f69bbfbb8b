package org.frontwire.processors.metrics;

/** Whether a service can do its work now, and why not. */
public record Readiness(boolean ready, String detail) {}
