/**
 * The read endpoints and the JSON representations of the engine's view, shared with the feed and the admin
 * endpoints. Internal to this module, wired by VertxApiServer.
 */
package dev.asdf.burnengine.http.api;
