package org.frontwire.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into addresses; replaceable so tests and benchmarks can map names to loopback. */
@FunctionalInterface
public interface HostResolver {
    InetAddress[] resolve(String host) throws UnknownHostException;

    HostResolver SYSTEM = InetAddress::getAllByName;
}
