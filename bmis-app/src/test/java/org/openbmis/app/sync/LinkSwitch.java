package org.openbmis.app.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The link between a post and headquarters, for tests (ADR 0023): a TCP relay on a loopback port
 * that forwards to central while up; {@link #down()} closes every open connection and refuses new
 * ones (a post then sees central unreachable, as behind a cut satellite link), {@link #up()} relays
 * again. The port stays the same, so the post keeps the central URL it enrolled with.
 */
final class LinkSwitch implements AutoCloseable {

  private final ServerSocket server;
  private final int target;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile boolean up = true;

  LinkSwitch(int target) throws IOException {
    this.target = target;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(this::accept, "link-switch");
    t.setDaemon(true);
    t.start();
  }

  int port() {
    return server.getLocalPort();
  }

  void down() {
    up = false;
    open.forEach(LinkSwitch::quietly);
    open.clear();
  }

  void up() {
    up = true;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        if (!up) {
          quietly(client);
          continue;
        }
        Socket remote = new Socket(InetAddress.getLoopbackAddress(), target);
        open.add(client);
        open.add(remote);
        pipe(client, remote);
        pipe(remote, client);
      } catch (IOException e) {
        // closed, or central refused: the client sees its connection closed
      }
    }
  }

  private void pipe(Socket from, Socket to) {
    Thread t =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException e) {
                // one side closed
              } finally {
                quietly(from);
                quietly(to);
                open.remove(from);
                open.remove(to);
              }
            },
            "link-pipe");
    t.setDaemon(true);
    t.start();
  }

  private static void quietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    down();
    server.close();
  }
}
