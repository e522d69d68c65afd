package dev.asdf.burnengine.http;

import java.util.List;

/** Readiness and component health a test sets by hand, as the daemon would from its adapters. */
public final class TestHealth implements EngineHealth {
    private volatile Readiness readiness = new Readiness(true, true, true, "");
    private volatile List<Component> components = List.of(new Component("rpc:primary", Status.UP, "12 ms, breaker closed"));

    public void set(Readiness r) {
        this.readiness = r;
    }

    public void set(List<Component> c) {
        this.components = List.copyOf(c);
    }

    @Override
    public Readiness readiness() {
        return readiness;
    }

    @Override
    public List<Component> components() {
        return components;
    }
}
