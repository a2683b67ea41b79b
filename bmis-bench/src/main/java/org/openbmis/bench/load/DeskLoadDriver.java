package org.openbmis.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Simulates officers at many desks against a running OpenBMIS: each desk loops scan (POST
 * /api/v1/inspections) then decide (POST /api/v1/inspections/{id}/decision), about half of them
 * returning travellers whose exit or entry is proposed from their history. Traffic goes only to the
 * given URL (use localhost); the run stops by itself after warm-up plus duration.
 *
 * <p>Usage: {@code java -cp bmis-bench/target/bmis-bench.jar org.openbmis.bench.load.DeskLoadDriver
 * --url http://localhost:8080 --user officer --password demo --desks 50 --seconds 60 --warmup 15
 * --think-ms 0 [--client plain|jdk] [--interval 60] [--manifests-per-minute 100
 * --manifest-passengers 200 --manifest-user admin --manifest-arrival AMA]}. With {@code --think-ms
 * 0} every desk sends its next traveller at once (a saturation test: throughput); a think time
 * paces each desk like an officer (latency under a given load). Each desk keeps its own HTTP/1.1
 * connection ({@link PlainHttp}); {@code --client jdk} sends through the JDK's HttpClient instead,
 * which costs the driver more CPU on the shared cores. {@code --interval} also prints the figures
 * of each window of that many seconds, which shows whether a high p99 is spread over the run or
 * comes from one bad minute. {@code --manifests-per-minute} adds an airline's system sending that
 * many PAXLST manifests a minute (each a new flight of {@code --manifest-passengers} passengers
 * into the post with that location code, as {@code --manifest-user} with the same password) beside
 * the desks ({@link ManifestFeeder}); their latency is reported apart.
 */
public final class DeskLoadDriver {

  private DeskLoadDriver() {}

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    String token = issueToken(http, o.url(), o.user(), o.password());
    Stats warm = new Stats();
    Stats measured = new Stats();
    AtomicBoolean measuring = new AtomicBoolean(false);
    AtomicBoolean running = new AtomicBoolean(true);
    CountDownLatch done = new CountDownLatch(o.desks());
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < o.desks(); i++) {
      Desk desk =
          new Desk(o.jdkClient() ? Transport.jdk(http, o.url()) : new PlainHttp(o.url()), token, i);
      Thread t =
          new Thread(
              () -> {
                try {
                  while (running.get()) {
                    desk.processOne(measuring.get() ? measured : warm);
                    pause(o.thinkMillis());
                  }
                } finally {
                  desk.close();
                  done.countDown();
                }
              },
              "desk-" + i);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    ManifestFeeder feeder = null;
    Thread feederThread = null;
    if (o.manifestsPerMinute() > 0) {
      feeder =
          new ManifestFeeder(
              o.jdkClient() ? Transport.jdk(http, o.url()) : new PlainHttp(o.url()),
              o,
              issueToken(http, o.url(), o.manifestUser(), o.password()),
              running,
              measuring);
      feederThread = new Thread(feeder, "manifests");
      feederThread.setDaemon(true);
      feederThread.start();
    }
    Thread.sleep(o.warmupSeconds() * 1000L);
    measuring.set(true);
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    sleepAndReportWindows(o, measured, start);
    running.set(false);
    long elapsed = System.nanoTime() - start;
    done.await();
    if (feederThread != null) {
      feederThread.join(60_000);
    }
    long cpu = processCpuNanos() - cpuStart;
    Report.print(o, measured, elapsed);
    if (feeder != null) {
      Report.manifests(o, feeder.measured(), elapsed);
    }
    // the driver's own CPU over the measured window (bench/load.sh divides it by the movements)
    System.out.printf(java.util.Locale.ROOT, "driver CPU: %.0f ms%n", cpu / 1e6);
  }

  /** Sleeps for the measured duration, printing each window's figures when asked. */
  private static void sleepAndReportWindows(Options o, Stats measured, long start)
      throws InterruptedException {
    long end = start + o.seconds() * 1_000_000_000L;
    if (o.intervalSeconds() == 0) {
      Thread.sleep(o.seconds() * 1000L);
      return;
    }
    measured.window(new Stats());
    for (int i = 1; System.nanoTime() < end; i++) {
      long windowStart = System.nanoTime();
      long until = Math.min(end, windowStart + o.intervalSeconds() * 1_000_000_000L);
      Thread.sleep(Math.max(1, (until - windowStart) / 1_000_000));
      Stats closed = measured.window(System.nanoTime() < end ? new Stats() : null);
      Report.window(i, closed, System.nanoTime() - windowStart);
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The officer's time between travellers (0: a saturation test). */
  private static void pause(int millis) {
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static String issueToken(HttpClient http, String url, String user, String password)
      throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(url + "/api/v1/me/tokens"))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load-driver\",\"days\":1}"))
            .build();
    HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 201) {
      throw new IllegalStateException(
          "could not get an API token: " + r.statusCode() + " " + r.body());
    }
    JsonNode json = JsonMapper.builder().build().readTree(r.body());
    return json.get("token").asString();
  }
}
