package org.openbmis.app.movement.web;

import java.io.Serializable;
import java.util.UUID;

/** The MRZ text as read for the inspection on screen (kept in the session, never logged). */
record ScannedMrz(UUID inspectionId, String text) implements Serializable {}
