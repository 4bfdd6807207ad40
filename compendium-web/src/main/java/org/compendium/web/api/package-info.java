/**
 * The JSON API under {@code /api}: controllers (plain classes whose methods are Javalin handlers), the JSON shapes
 * they answer with, and the error format {@code {"error": ..., "hint": ...}}. The OpenAPI document describing it is
 * the resource {@code openapi.json} beside these classes.
 */
package org.compendium.web.api;
