package org.openbmis.app.biometrics;

import java.util.Optional;

/**
 * A desk camera for face photos. The browser's camera (getUserMedia on the capture page) needs no
 * driver; a fixed camera implements this as a Spring bean and replaces {@link FileCamera}.
 */
public interface Camera {

  /** Whether the device is there and ready. */
  boolean available();

  /**
   * Takes a photo.
   *
   * @return a JPEG or PNG file, empty when nothing was captured
   */
  Optional<byte[]> capture();
}
