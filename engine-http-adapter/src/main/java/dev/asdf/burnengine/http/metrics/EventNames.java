package dev.asdf.burnengine.http.metrics;

import dev.asdf.burnengine.core.event.DomainEvent;
import java.util.Locale;

/** The {@code type} label of a domain event: its record name in snake case ({@code FeesPolled} → {@code fees_polled}). */
final class EventNames {
    private EventNames() {}

    static String of(DomainEvent event) {
        String simple = event.getClass().getSimpleName();
        StringBuilder out = new StringBuilder(simple.length() + 4);
        for (int i = 0; i < simple.length(); i++) {
            char c = simple.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
