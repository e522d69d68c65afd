package dev.asdf.burnengine.http.bench;

import dev.asdf.burnengine.http.TestServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the HTTP adapter on a seeded engine for load tests (wrk), then stops by itself.
 *
 * <p>Arguments: {@code [port=3030] [eventLoops=2] [seconds=300]}. Run it as docs/benchmarks.md shows.
 */
public final class BenchServerMain {
    private static final Logger LOG = LoggerFactory.getLogger(BenchServerMain.class);

    private BenchServerMain() {}

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 3030;
        int loops = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        long seconds = args.length > 2 ? Long.parseLong(args[2]) : 300;
        try (TestServer s = SeededServer.start(x -> x.withPort(port).withEventLoops(loops))) {
            LOG.info("bench server on http://127.0.0.1:{} with {} tokens and {} event loop(s); stopping in {} s",
                    s.server.actualPort(), s.engine.view().tokens().size(), loops, seconds);
            Thread.sleep(seconds * 1000);
        }
    }
}
