package org.openbmis.app.admin;

import java.util.UUID;

/**
 * A post's own record changed (its override policy; published in the transaction of the change): at
 * headquarters the border network versions the {@code post} dataset with it (ADR 0024).
 */
public record PostSettingsChanged(UUID postId) {}
