package org.frontwire.processors.alerts;

/**
 * Where one conflict's surge detection stands.
 *
 * @param closedUntil end (epoch ms) of the last window already judged; later windows are still open
 * @param surging     whether the last judged window was a surge (the next surging window then continues it)
 */
record SurgeState(long closedUntil, boolean surging) {}
