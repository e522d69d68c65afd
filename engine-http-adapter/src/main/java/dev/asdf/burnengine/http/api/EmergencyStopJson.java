package dev.asdf.burnengine.http.api;

import dev.asdf.burnengine.core.state.EmergencyStop;

/** @param since epoch ms it was engaged, 0 when released */
record EmergencyStopJson(boolean engaged, String reason, String actor, long since) {
    static EmergencyStopJson of(EmergencyStop stop) {
        return new EmergencyStopJson(stop.engaged(), stop.reason(), stop.actor(), Times.millis(stop.since()));
    }
}
