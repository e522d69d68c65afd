package dev.asdf.burnengine.http.web;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * The address a request came from, as the TCP connection shows it. Forwarding headers are ignored on purpose: they
 * are set by the client, so trusting them would let anyone pick their own rate-limit bucket and audit name.
 */
public final class ClientAddress {
    private ClientAddress() {}

    public static String of(RoutingContext ctx) {
        SocketAddress remote = ctx.request().remoteAddress();
        if (remote == null) {
            return "unknown";
        }
        String host = remote.hostAddress();
        return host == null ? "unknown" : host;
    }
}
