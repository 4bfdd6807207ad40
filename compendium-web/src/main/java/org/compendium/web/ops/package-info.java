/**
 * Operations of the web server: the access log (one line per request) and the metrics served at {@code /metrics} in
 * the Prometheus text format (requests by route and status, latency histogram, ingests, store and index sizes).
 *
 * <p>Owns what an operator watches. Fed by the server's request logger; reads the store and the index only through
 * their public counts. Must not import the pages or the API packages.
 */
package org.compendium.web.ops;
