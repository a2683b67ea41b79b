package org.openbmis.app.movement;

/** A warning on the inspection screen (document or history), with a stable code. */
public record InspectionWarning(String code, String severity, String field, String message) {}
