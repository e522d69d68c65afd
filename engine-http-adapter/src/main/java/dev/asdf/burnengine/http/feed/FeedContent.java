package dev.asdf.burnengine.http.feed;

import dev.asdf.burnengine.core.event.DomainEvent;
import java.util.Objects;

/**
 * What the feed sends, apart from its envelope: the data of each event message and of the snapshot a client gets on
 * connect. The API's representation records implement it, so the feed and the REST endpoints show the same shapes.
 */
public interface FeedContent {

    /** The message type and data for an event; called on the feed's event loop. */
    Payload event(DomainEvent event);

    /** The current state of everything the dashboard shows; called on the feed's event loop. */
    Object snapshot();

    /** @param type the message's {@code type} field, e.g. {@code fee_detected} */
    record Payload(String type, Object data) {
        public Payload {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(data, "data");
        }
    }
}
