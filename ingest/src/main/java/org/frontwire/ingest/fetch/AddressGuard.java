package org.frontwire.ingest.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses URLs whose host resolves to loopback, private, link-local, multicast or otherwise internal addresses
 * (SSRF guard). Every redirect hop is checked again.
 */
public final class AddressGuard {
    private final HostResolver resolver;
    private final boolean allowPrivate;

    public AddressGuard(HostResolver resolver, boolean allowPrivate) {
        this.resolver = resolver;
        this.allowPrivate = allowPrivate;
    }

    /** @throws FetchRefusedException when the URL is not http(s) or its host is internal */
    public void check(URI uri) throws FetchRefusedException, UnknownHostException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchRefusedException("only http and https URLs are fetched: " + uri);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchRefusedException("URL has no host: " + uri);
        }
        if (allowPrivate) {
            return;
        }
        for (InetAddress address : resolver.resolve(host)) {
            if (isInternal(address)) {
                throw new FetchRefusedException("refused: " + host + " resolves to the non-public address "
                        + address.getHostAddress() + " (allowPrivateAddresses is off)");
            }
        }
    }

    public static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isMulticastAddress()
                || a.isAnyLocalAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
            boolean ipv4Mapped = isIpv4Mapped(b);
            if (ipv4Mapped) {
                try {
                    return isInternal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return uniqueLocal;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0                                   // "this" network
                || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                || (first == 169 && second == 254)          // link-local, cloud metadata
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
                || first >= 240;                             // reserved and broadcast
    }

    private static boolean isIpv4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
