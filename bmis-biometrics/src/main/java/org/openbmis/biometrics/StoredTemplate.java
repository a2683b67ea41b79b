package org.openbmis.biometrics;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A serialised template with the engine name and version recorded alongside, in a small envelope:
 * {@code "OBT1"}, engine name and version (each a length byte and UTF-8), payload length (4 bytes,
 * big-endian) and the engine's own payload (SourceAFIS: CBOR).
 *
 * @param engineName the engine that made the payload
 * @param engineVersion its version
 * @param payload the engine's serialised template
 */
public record StoredTemplate(String engineName, String engineVersion, byte[] payload) {
  private static final byte[] MAGIC = {'O', 'B', 'T', '1'};
  private static final int MAX_PAYLOAD = 1 << 20;

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if a name is empty or longer than 255 bytes, or the payload is
   *     empty or over 1 MiB
   * @throws NullPointerException if a field is null
   */
  public StoredTemplate {
    checkName(engineName);
    checkName(engineVersion);
    Objects.requireNonNull(payload, "payload");
    if (payload.length == 0 || payload.length > MAX_PAYLOAD) {
      throw new IllegalArgumentException("payload size out of range");
    }
    payload = payload.clone();
  }

  @Override
  public byte[] payload() {
    return payload.clone();
  }

  /**
   * Encodes the envelope.
   *
   * @return the bytes to store
   */
  public byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 32);
    out.writeBytes(MAGIC);
    writeName(out, engineName);
    writeName(out, engineVersion);
    out.writeBytes(ByteBuffer.allocate(4).putInt(payload.length).array());
    out.writeBytes(payload);
    return out.toByteArray();
  }

  /**
   * Decodes an envelope.
   *
   * @param data bytes from {@link #toBytes()}
   * @return the stored template
   * @throws BiometricInputException with {@link BiometricError#CORRUPT_TEMPLATE} if the bytes are
   *     not a well-formed envelope
   * @throws NullPointerException if data is null
   */
  public static StoredTemplate parse(byte[] data) {
    Objects.requireNonNull(data, "data");
    try {
      ByteBuffer in = ByteBuffer.wrap(data);
      byte[] magic = new byte[4];
      in.get(magic);
      if (!java.util.Arrays.equals(magic, MAGIC)) {
        throw corrupt("not a stored template");
      }
      String name = readName(in);
      String version = readName(in);
      int length = in.getInt();
      if (length != in.remaining()) {
        throw corrupt("payload length mismatch");
      }
      byte[] payload = new byte[length];
      in.get(payload);
      return new StoredTemplate(name, version, payload);
    } catch (java.nio.BufferUnderflowException | IllegalArgumentException e) {
      throw new BiometricInputException(
          BiometricError.CORRUPT_TEMPLATE, "truncated or invalid stored template", e);
    }
  }

  private static void checkName(String s) {
    Objects.requireNonNull(s, "name");
    int n = s.getBytes(StandardCharsets.UTF_8).length;
    if (n == 0 || n > 255) {
      throw new IllegalArgumentException("engine name or version must be 1-255 bytes");
    }
  }

  private static void writeName(ByteArrayOutputStream out, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.write(b.length);
    out.writeBytes(b);
  }

  private static String readName(ByteBuffer in) {
    byte[] b = new byte[in.get() & 0xff];
    in.get(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static BiometricInputException corrupt(String message) {
    return new BiometricInputException(BiometricError.CORRUPT_TEMPLATE, message);
  }
}
