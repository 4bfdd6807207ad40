/**
 * The web shell: one Javalin server for the REST API ({@code /api/...}) and the web pages, all routes declared in
 * {@link org.compendium.web.Routes}.
 *
 * <p>Owns HTTP only. Javalin and JTE types stay inside {@code org.compendium.web}; the core never sees them. Reads
 * go through {@link org.compendium.web.catalogue.Catalogue}, which knows the store but not HTTP.
 */
package org.compendium.web;
