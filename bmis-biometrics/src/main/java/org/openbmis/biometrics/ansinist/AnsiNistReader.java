package org.openbmis.biometrics.ansinist;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openbmis.biometrics.BiometricError;
import org.openbmis.biometrics.BiometricInputException;
import org.openbmis.biometrics.FingerPosition;
import org.openbmis.biometrics.FingerprintImage;
import org.openbmis.biometrics.FingerprintImageReader;
import org.openbmis.biometrics.ImageReadOptions;
import org.openbmis.biometrics.MissingFinger;

/**
 * Reads ANSI/NIST-ITL 1-2011 (and earlier, traditional encoding) files: walks every record listed
 * in field 1.003, keeps the fingerprint images of Types 3, 4 (binary, fixed header) and 14
 * (tagged), and the missing fingers of field 14.018. Other record types are skipped. Every length
 * and field read from the file is checked. Thread-safe and stateless.
 */
public final class AnsiNistReader {
  /** Largest file accepted, 50 MB. */
  public static final int MAX_BYTES = 50_000_000;

  private static final int MAX_RECORDS = 1000;

  private final ImageReadOptions imageOptions;

  /** Creates a reader with the default image limits. */
  public AnsiNistReader() {
    this(ImageReadOptions.defaults());
  }

  /**
   * Creates a reader.
   *
   * @param imageOptions limits applied when decoding the images
   * @throws NullPointerException if imageOptions is null
   */
  public AnsiNistReader(ImageReadOptions imageOptions) {
    this.imageOptions = Objects.requireNonNull(imageOptions, "imageOptions");
  }

  /**
   * Reads a file.
   *
   * @param file the file content
   * @return the records found
   * @throws BiometricInputException with {@link BiometricError#TOO_LARGE} over {@link #MAX_BYTES},
   *     {@link BiometricError#CORRUPT_TRANSACTION} if the structure is malformed
   * @throws NullPointerException if file is null
   */
  public AnsiNistFile read(byte[] file) {
    Objects.requireNonNull(file, "file");
    if (file.length > MAX_BYTES) {
      throw new BiometricInputException(BiometricError.TOO_LARGE, "file over " + MAX_BYTES);
    }
    try {
      return walk(file);
    } catch (BiometricInputException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new BiometricInputException(
          BiometricError.CORRUPT_TRANSACTION, "malformed ANSI/NIST file", e);
    }
  }

  private AnsiNistFile walk(byte[] file) {
    int len1 = TaggedRecord.length(file, 0, 1);
    TaggedRecord type1 = TaggedRecord.parse(file, 0, len1, 1);
    List<String[]> cnt = type1.subfields(3);
    if (cnt.isEmpty() || cnt.size() > MAX_RECORDS) {
      throw TaggedRecord.corrupt("field 1.003 missing or too long");
    }
    List<Integer> types = new ArrayList<>(List.of(1));
    List<AnsiNistFinger> fingers = new ArrayList<>();
    List<MissingFinger> missing = new ArrayList<>();
    int offset = len1;
    for (String[] entry : cnt.subList(1, cnt.size())) {
      int type = parseInt(entry[0], "record type in 1.003");
      int length;
      if (BinaryRecord.isBinary(type)) {
        length = BinaryRecord.length(file, offset);
        if (type == 3 || type == 4) {
          fingers.add(BinaryRecord.parse(file, offset, length, type, type1));
        }
      } else {
        length = TaggedRecord.length(file, offset, type);
        if (type == 14) {
          TaggedRecord r = TaggedRecord.parse(file, offset, length, type);
          Type14.read(r, fingers, missing);
        }
      }
      types.add(type);
      offset += length;
    }
    String version = type1.field(2) == null ? "" : type1.field(2);
    return new AnsiNistFile(version, types, fingers, missing);
  }

  /**
   * Decodes the image of a record (uncompressed, WSQ, PNG or baseline JPEG), at the resolution the
   * record states (or the expected one when it states none).
   *
   * @param finger a record from {@link #read(byte[])}
   * @return the greyscale image
   * @throws BiometricInputException with {@link BiometricError#UNSUPPORTED_FORMAT} for lossless
   *     JPEG and JPEG 2000, otherwise the codes of {@link FingerprintImageReader#read(byte[])}
   * @throws NullPointerException if finger is null
   */
  public FingerprintImage decode(AnsiNistFinger finger) {
    double dpi = finger.dpi() > 0 ? finger.dpi() : imageOptions.expectedDpi();
    ImageReadOptions options = imageOptions.withCallerDpi(Math.max(50, Math.min(2000, dpi)));
    switch (finger.compression()) {
      case "NONE":
        return RawImage.decode(finger, options);
      case "WSQ20":
      case "PNG":
      case "JPEGB":
        return new FingerprintImageReader(options).read(finger.data());
      default:
        throw new BiometricInputException(
            BiometricError.UNSUPPORTED_FORMAT, "compression " + finger.compression());
    }
  }

  static int parseInt(String s, String what) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw TaggedRecord.corrupt("bad " + what);
    }
  }

  static FingerPosition position(int code) {
    try {
      return FingerPosition.ofCode(code);
    } catch (IllegalArgumentException e) {
      return FingerPosition.UNKNOWN;
    }
  }
}
