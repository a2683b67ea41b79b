package org.openbmis.bench.load;

/** Command-line options of the load driver. */
record Options(
    String url,
    String user,
    String password,
    int desks,
    int seconds,
    int warmupSeconds,
    int thinkMillis,
    boolean jdkClient,
    int intervalSeconds,
    int manifestsPerMinute,
    int manifestPassengers,
    String manifestUser,
    String manifestArrival) {

  static Options parse(String[] args) {
    String url = "http://localhost:8080";
    String user = "officer";
    String password = "demo";
    int desks = 50;
    int seconds = 60;
    int warmup = 15;
    int think = 0;
    boolean jdk = false;
    int interval = 0;
    int manifests = 0;
    int passengers = 200;
    String manifestUser = "admin";
    String arrival = "AMA";
    for (int i = 0; i + 1 < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--url" -> url = v;
        case "--user" -> user = v;
        case "--password" -> password = v;
        case "--desks" -> desks = Integer.parseInt(v);
        case "--seconds" -> seconds = Integer.parseInt(v);
        case "--warmup" -> warmup = Integer.parseInt(v);
        case "--think-ms" -> think = Integer.parseInt(v);
        case "--client" -> jdk = client(v);
        case "--interval" -> interval = Integer.parseInt(v);
        case "--manifests-per-minute" -> manifests = Integer.parseInt(v);
        case "--manifest-passengers" -> passengers = Integer.parseInt(v);
        case "--manifest-user" -> manifestUser = v;
        case "--manifest-arrival" -> arrival = v;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (!url.startsWith("http://localhost") && !url.startsWith("http://127.")) {
      throw new IllegalArgumentException("the load driver only targets this machine (localhost)");
    }
    return new Options(
        url,
        user,
        password,
        desks,
        Math.min(seconds, 1800),
        Math.min(warmup, 120),
        Math.max(0, think),
        jdk,
        Math.max(0, interval),
        Math.max(0, manifests),
        Math.max(1, passengers),
        manifestUser,
        arrival);
  }

  /** {@code plain} (default: a socket per desk) or {@code jdk} (the JDK's HttpClient). */
  private static boolean client(String v) {
    return switch (v) {
      case "jdk" -> true;
      case "plain" -> false;
      default -> throw new IllegalArgumentException("--client is plain or jdk, not " + v);
    };
  }
}
