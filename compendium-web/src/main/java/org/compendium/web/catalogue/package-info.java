/**
 * Read models over the store for browsing: document outlines (headings and provisions in order), a provision in its
 * context (breadcrumb, neighbours), the index of bodies, meetings and sessions, the theme index, cached theme
 * suggestions and the index's cached consistency; and the one write path,
 * {@link org.compendium.web.catalogue.ThemeChanges} (an editor's audited decision, then the search index update).
 *
 * <p>Must not import Javalin, JTE or anything of HTTP: the API and the pages both render these, and tests use them
 * without a server.
 */
package org.compendium.web.catalogue;
