package org.openbmis.bench.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One desk's HTTP/1.1 connection: a blocking socket kept alive between requests, as a desk's
 * browser keeps its connection. The JDK's {@code HttpClient} spent about 1 ms of CPU per request in
 * the driver (its selector thread and hand-offs), a fifth of what the application it measures spent
 * on the two shared cores; this client writes the request and reads the status, the headers and the
 * body (by {@code Content-Length} or chunked) on the desk's own thread. Plain HTTP only (the driver
 * talks to localhost). Not thread-safe: one per desk.
 */
final class PlainHttp implements Transport {

  private final String host;
  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  PlainHttp(String url) {
    URI u = URI.create(url);
    this.host = u.getHost();
    this.port = u.getPort() < 0 ? 80 : u.getPort();
  }

  /** Reconnects once if the server closed the kept-alive connection. */
  @Override
  public Response post(String path, String authorization, String json, String contentType)
      throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] head =
        ("POST "
                + path
                + " HTTP/1.1\r\nHost: "
                + host
                + ":"
                + port
                + "\r\nAuthorization: "
                + authorization
                + "\r\nContent-Type: "
                + contentType
                + "\r\nAccept: application/json\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    boolean fresh = socket == null;
    try {
      return exchange(head, body);
    } catch (IOException e) {
      close();
      if (fresh) {
        throw e;
      }
      return exchange(head, body); // the kept-alive connection was closed by the server
    }
  }

  private Response exchange(byte[] head, byte[] body) throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, port), 5_000);
      socket.setSoTimeout(30_000);
      in = new BufferedInputStream(socket.getInputStream(), 16_384);
      out = socket.getOutputStream();
    }
    byte[] request = new byte[head.length + body.length];
    System.arraycopy(head, 0, request, 0, head.length);
    System.arraycopy(body, 0, request, head.length, body.length);
    out.write(request);
    out.flush();
    String status = line();
    if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
      throw new IOException("not an HTTP response: " + status);
    }
    int code = Integer.parseInt(status.substring(9, 12));
    int length = -1;
    boolean chunked = false;
    boolean closes = false;
    for (String h = line(); !h.isEmpty(); h = line()) {
      String lower = h.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Integer.parseInt(lower.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        closes = true;
      }
    }
    ByteArrayOutputStream content = new ByteArrayOutputStream(length > 0 ? length : 4096);
    if (chunked) {
      for (int size = Integer.parseInt(chunkSize(line()), 16);
          size > 0;
          size = Integer.parseInt(chunkSize(line()), 16)) {
        content.write(in.readNBytes(size));
        line();
      }
      while (!line().isEmpty()) {
        // trailers
      }
    } else if (length > 0) {
      content.write(in.readNBytes(length));
    }
    if (closes) {
      close();
    }
    return new Response(code, content.toString(StandardCharsets.UTF_8));
  }

  private static String chunkSize(String line) {
    int semicolon = line.indexOf(';');
    return (semicolon < 0 ? line : line.substring(0, semicolon)).trim();
  }

  private String line() throws IOException {
    StringBuilder b = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (c != '\r') {
        b.append((char) c);
      }
    }
    return b.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    socket = null;
  }
}
