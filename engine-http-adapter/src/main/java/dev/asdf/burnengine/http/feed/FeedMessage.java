package dev.asdf.burnengine.http.feed;

/**
 * The envelope of every feed message.
 *
 * @param seq increases by one with every event broadcast; a snapshot carries the seq of the last event it includes,
 *            so events with a higher seq are news to the client
 * @param timestamp epoch ms of the event (of the view, for a snapshot)
 */
record FeedMessage(String type, long seq, long timestamp, Object data) {
}
