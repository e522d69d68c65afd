package dev.asdf.burnengine.solana.rpc;

/** A live subscription; it survives reconnects (re-subscribed each time) until closed. */
public interface Subscription extends AutoCloseable {
    @Override
    void close();
}
