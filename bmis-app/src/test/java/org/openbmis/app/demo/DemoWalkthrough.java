package org.openbmis.app.demo;

/** The walk-through's passports for tests outside this package. */
public final class DemoWalkthrough {

  private DemoWalkthrough() {}

  /** The MRZ of the walk-through traveller of this feature ({@code Walkthrough.Feature} name). */
  public static String mrz(String feature) {
    return Walkthrough.person(Walkthrough.Feature.valueOf(feature)).mrz();
  }
}
