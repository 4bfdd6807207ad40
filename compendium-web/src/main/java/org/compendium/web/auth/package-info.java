/**
 * Editors' authentication in the web application: the login session (server-side, its cookie HttpOnly and
 * SameSite=Strict), the CSRF token every state-changing form and session-authenticated API call must carry, and HTTP
 * Basic credentials for API clients. Passwords are checked by {@link org.compendium.themes.ThemeEditing} only.
 *
 * <p>Reads stay public: nothing here guards a GET except the audit page.
 */
package org.compendium.web.auth;
