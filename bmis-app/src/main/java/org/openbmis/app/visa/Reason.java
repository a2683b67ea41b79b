package org.openbmis.app.visa;

/** One reason of an assessment: a stable code (translated in the bundles) and an English text. */
public record Reason(String code, String message) {}
