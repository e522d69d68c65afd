/**
 * The admin endpoints: bearer-token check, per-client rate limit, strict bodies, and the journaled call of the
 * engine facade. Internal to this module, wired by VertxApiServer.
 */
package dev.asdf.burnengine.http.admin;
