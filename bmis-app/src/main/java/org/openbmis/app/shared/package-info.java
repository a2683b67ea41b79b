/**
 * Shared kernel: identifiers, the error categories every module throws, the acting user, and the
 * append-only audit log. Every other module may use it; it uses none of them.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.openbmis.app.shared;
