package org.openbmis.app;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The text constants of a compiled class: every {@code CONSTANT_Utf8} of its constant pool, which
 * holds its string literals (a constant expression folded by the compiler, a text block), the
 * recipes of string concatenations ({@code "select ... from " + table}: the literal parts), and the
 * names and descriptors of what it uses. What an SQL string of the class can contain is in there,
 * and comments are not.
 */
final class ClassFileStrings {

  private ClassFileStrings() {}

  static List<String> of(Path classFile) throws IOException {
    DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(classFile)));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file: " + classFile);
    }
    in.readUnsignedShort(); // minor version
    in.readUnsignedShort(); // major version
    int count = in.readUnsignedShort();
    List<String> strings = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> strings.add(in.readUTF()); // Utf8: u2 length, modified UTF-8
        case 7, 8, 16, 19, 20 -> in.skipBytes(2); // Class, String, MethodType, Module, Package
        case 15 -> in.skipBytes(3); // MethodHandle
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4); // ints, floats, refs, (Invoke)Dynamic
        case 5, 6 -> {
          in.skipBytes(8); // Long and Double take two entries
          i++;
        }
        default -> throw new IOException("constant pool tag " + tag + " in " + classFile);
      }
    }
    return strings;
  }
}
