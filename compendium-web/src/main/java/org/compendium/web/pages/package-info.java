/**
 * The HTML pages: controllers rendering precompiled JTE templates ({@code src/main/jte}), the interface language
 * (English or French, from {@code ?lang=} or the {@code lang} cookie) and its message bundles.
 *
 * <p>Every untrusted string reaches HTML only through JTE's {@code Html} content type, which escapes it; no HTML is
 * built by string concatenation here.
 */
package org.compendium.web.pages;
