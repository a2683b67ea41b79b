/** Fingerprint capture formats, templates, quality and matching behind engine interfaces. */
package org.openbmis.biometrics;
