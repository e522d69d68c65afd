/**
 * The dashboard's static files, served from memory by name. Internal to this module, wired by VertxApiServer.
 */
package dev.asdf.burnengine.http.dashboard;
