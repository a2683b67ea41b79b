package org.openbmis.app.shared;

/** Implemented by the security principal so that modules can learn who acts. */
public interface ActorHolder {
  Actor actor();
}
