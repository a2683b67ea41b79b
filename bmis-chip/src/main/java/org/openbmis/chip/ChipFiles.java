package org.openbmis.chip;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The raw files a reader returned: EF.SOD and the data groups by number (1 to 16).
 *
 * @param sod the EF.SOD bytes
 * @param dataGroups data group number to the file's bytes
 */
public record ChipFiles(byte[] sod, Map<Integer, byte[]> dataGroups) {
  public ChipFiles {
    Objects.requireNonNull(sod, "sod");
    for (Integer number : dataGroups.keySet()) {
      if (number < 1 || number > 16) {
        throw new IllegalArgumentException("data group number out of 1..16: " + number);
      }
    }
    dataGroups = java.util.Collections.unmodifiableMap(new TreeMap<>(dataGroups));
  }

  /** The data groups in ascending order of number. */
  @Override
  public Map<Integer, byte[]> dataGroups() {
    return dataGroups;
  }

  /** The DG1 bytes, or null when DG1 was not read. */
  public byte[] dg1() {
    return dataGroups.get(1);
  }
}
