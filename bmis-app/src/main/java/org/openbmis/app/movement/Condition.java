package org.openbmis.app.movement;

/**
 * A condition found at the inspection, with a stable code ({@code document.expired}) and the text
 * the officer reads. Blocking conditions make the proposal a referral to secondary; admitting
 * anyway is an override that names them.
 */
public record Condition(String code, String message) {}
