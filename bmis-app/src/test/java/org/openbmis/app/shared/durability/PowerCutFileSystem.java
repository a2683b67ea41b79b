package org.openbmis.app.shared.durability;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.Arrays;
import org.h2.store.fs.FileBaseDefault;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:powercut:/path/db}) that behaves like an operating system's
 * page cache in front of a disk: a write reaches the real file only when the file is forced (an
 * fsync); {@link #cut()} is the power cut, after which nothing more reaches the disk and whatever
 * was written but not forced is gone. Opening the file again reads what the disk holds.
 */
public final class PowerCutFileSystem extends FilePathWrapper {

  private static final PowerCutFileSystem INSTANCE = new PowerCutFileSystem();
  private static final Object POWER = new Object();
  private static boolean off;
  private static long forces;

  /** H2 creates one per path, by reflection. */
  public PowerCutFileSystem() {}

  static void register() {
    FilePath.register(INSTANCE);
  }

  /** The power fails: nothing written from now on, or written and not yet forced, survives. */
  static void cut() {
    synchronized (POWER) {
      off = true;
    }
  }

  /** The power is back (a new boot reads the disk). */
  static void restore() {
    synchronized (POWER) {
      off = false;
    }
  }

  static boolean isOff() {
    synchronized (POWER) {
      return off;
    }
  }

  /** Forces (fsyncs) that reached the disk so far. */
  static long forces() {
    synchronized (POWER) {
      return forces;
    }
  }

  @Override
  public String getScheme() {
    return "powercut";
  }

  @Override
  public FileChannel open(String mode) throws IOException {
    return new CachedFile(super.open(mode));
  }

  /** The file as the page cache shows it; the disk has what the last force wrote. */
  private static final class CachedFile extends FileBaseDefault {

    private final FileChannel disk;
    private byte[] cache;
    private long size;

    CachedFile(FileChannel disk) throws IOException {
      this.disk = disk;
      this.size = disk.size();
      this.cache = new byte[(int) Math.max(size, 4096)];
      ByteBuffer b = ByteBuffer.wrap(cache, 0, (int) size);
      while (b.hasRemaining() && disk.read(b, b.position()) > 0) {
        // read the whole file
      }
    }

    @Override
    public synchronized int read(ByteBuffer dst, long position) {
      if (position >= size) {
        return -1;
      }
      int n = (int) Math.min(dst.remaining(), size - position);
      dst.put(cache, (int) position, n);
      return n;
    }

    @Override
    public synchronized int write(ByteBuffer src, long position) {
      int n = src.remaining();
      long end = position + n;
      if (end > cache.length) {
        cache = Arrays.copyOf(cache, (int) Math.max(end, cache.length * 2L));
      }
      src.get(cache, (int) position, n);
      size = Math.max(size, end);
      return n;
    }

    @Override
    protected synchronized void implTruncate(long newSize) {
      if (newSize < size) {
        Arrays.fill(cache, (int) newSize, (int) size, (byte) 0);
        size = newSize;
      }
    }

    @Override
    public synchronized long size() {
      return size;
    }

    @Override
    public synchronized void force(boolean metaData) throws IOException {
      synchronized (POWER) {
        if (off) {
          throw new IOException("the power is off");
        }
        disk.write(ByteBuffer.wrap(cache, 0, (int) size), 0);
        disk.truncate(size);
        disk.force(true);
        forces++;
      }
    }

    @Override
    public synchronized FileLock tryLock(long position, long length, boolean shared)
        throws IOException {
      return disk.tryLock(position, length, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
      // Closed without a force: what the page cache held is lost only if the power is off;
      // otherwise the operating system would write it back, so do it here.
      synchronized (POWER) {
        if (!off) {
          disk.write(ByteBuffer.wrap(cache, 0, (int) size), 0);
          disk.truncate(size);
        }
      }
      disk.close();
    }
  }
}
