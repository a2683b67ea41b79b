package org.openbmis.app.admin;

/** The kind of border crossing point. */
public enum PostType {
  AIR,
  LAND,
  SEA
}
