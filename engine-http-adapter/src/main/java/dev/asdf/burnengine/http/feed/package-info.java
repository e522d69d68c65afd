/**
 * The WebSocket feed: WebSocketEventFeed is the event sink the engine publishes to; the rest is internal, wired by
 * VertxApiServer.
 */
package dev.asdf.burnengine.http.feed;
