/** Encryption of templates and images at rest: AES-256-GCM bound to the record id. */
package org.openbmis.biometrics.crypto;
