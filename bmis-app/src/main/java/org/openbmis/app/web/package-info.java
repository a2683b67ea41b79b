/**
 * The web shell: layout, navigation, the home page, locale handling and error handling (problem
 * details for the API, a readable page for people). Each business module keeps its own controllers
 * in its {@code web} sub-package.
 */
package org.openbmis.app.web;
