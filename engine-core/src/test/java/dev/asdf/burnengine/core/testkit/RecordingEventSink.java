package dev.asdf.burnengine.core.testkit;

import dev.asdf.burnengine.core.event.DomainEvent;
import dev.asdf.burnengine.core.port.EventSink;
import java.util.ArrayList;
import java.util.List;

/** Keeps every published event. */
public final class RecordingEventSink implements EventSink {
    private final List<DomainEvent> events = new ArrayList<>();

    @Override
    public synchronized void publish(DomainEvent event) {
        events.add(event);
    }

    public synchronized List<DomainEvent> events() {
        return List.copyOf(events);
    }

    public synchronized <T extends DomainEvent> List<T> eventsOf(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
