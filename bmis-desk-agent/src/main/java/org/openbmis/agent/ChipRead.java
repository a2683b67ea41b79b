package org.openbmis.agent;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files read from a chip and the active authentication outcome.
 *
 * @param com EF.COM, or null when the reader did not return it
 * @param sod EF.SOD
 * @param dataGroups data group number to bytes (those the chip let us read)
 * @param activeAuthentication PASSED, FAILED or NOT_SUPPORTED (no DG15)
 */
public record ChipRead(
    byte[] com,
    byte[] sod,
    Map<Integer, byte[]> dataGroups,
    ActiveAuthentication.Result activeAuthentication) {

  public ChipRead {
    if (sod == null || sod.length == 0) {
      throw new IllegalArgumentException("A chip read needs EF.SOD");
    }
    dataGroups = Collections.unmodifiableMap(new TreeMap<>(dataGroups));
  }
}
