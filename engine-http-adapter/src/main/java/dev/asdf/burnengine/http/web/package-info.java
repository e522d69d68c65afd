/**
 * Request plumbing shared by the routes: JSON rendering, errors as values, input validation, security headers and
 * CORS. Internal to this module.
 */
package dev.asdf.burnengine.http.web;
