package org.openbmis.app.sync;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The border network ({@code bmis.sync.*}, ADR 0017).
 *
 * @param centralUrl headquarters' base URL, at a post (e.g. {@code https://hq.example:8443})
 * @param enrolmentCode the one-time code an administrator created for this post (first start)
 * @param folder where a post keeps its private key (owner-only file)
 * @param uploadEvery pause between two contacts of a post with central
 * @param batchSize outbox rows sent in one batch at most
 * @param timeout how long a post waits for central's answer
 * @param codeValidity how long an enrolment code can be used
 * @param enrolFor how long a post's first start keeps trying to enrol before it gives up
 * @param pullEvery pause between two pulls of reference data by a post (30 s at most, so that a
 *     change at central is in force at every online post within a minute)
 */
@ConfigurationProperties(prefix = "bmis.sync")
public record SyncProperties(
    @Nullable String centralUrl,
    @Nullable String enrolmentCode,
    @DefaultValue("data/sync") Path folder,
    @DefaultValue("2s") Duration uploadEvery,
    @DefaultValue("500") int batchSize,
    @DefaultValue("30s") Duration timeout,
    @DefaultValue("24h") Duration codeValidity,
    @DefaultValue("10m") Duration enrolFor,
    @DefaultValue("10s") Duration pullEvery) {

  public SyncProperties {
    if (pullEvery.compareTo(Duration.ofSeconds(30)) > 0 || pullEvery.isNegative()) {
      throw new IllegalStateException(
          "bmis.sync.pull-every must be at most 30s (a change at central in force within 60 s)");
    }
  }
}
