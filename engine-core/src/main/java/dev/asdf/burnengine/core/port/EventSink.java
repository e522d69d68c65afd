package dev.asdf.burnengine.core.port;

import dev.asdf.burnengine.core.event.DomainEvent;

/** Receives domain events as they happen. Must not block or throw: it runs on the engine's thread. */
@FunctionalInterface
public interface EventSink {

    EventSink NONE = event -> {
    };

    void publish(DomainEvent event);

    /** One sink that hands every event to each of {@code sinks}, in order. */
    static EventSink all(EventSink... sinks) {
        EventSink[] copy = sinks.clone();
        return event -> {
            for (EventSink sink : copy) {
                sink.publish(event);
            }
        };
    }
}
