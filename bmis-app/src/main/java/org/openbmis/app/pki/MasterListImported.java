package org.openbmis.app.pki;

/** A master list accepted: its certificates, their countries, and how many were new. */
public record MasterListImported(int certificates, long countries, int added) {}
