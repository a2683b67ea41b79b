/**
 * Administration: border posts and their desks, users with their roles and post, sign-in (form
 * login for people, HTTP Basic and API tokens for systems), login throttling and the first
 * administrator. Other modules learn who acts through {@link org.openbmis.app.shared.Actor}.
 */
package org.openbmis.app.admin;
