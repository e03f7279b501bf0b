package nl.duiding.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import nl.duiding.analysis.TriadStatistics;
import nl.duiding.story.Answer;
import nl.duiding.story.StoryArchive;
import nl.duiding.story.StoryRecord;
import nl.duiding.story.TellerRole;

/** The stories of a scope, counted in one streamed pass: roles, providers, quote groups, triad and slider answers. */
final class WarmData {

    /** A story a person may choose to quote: its teller consented, and its group is large enough. */
    record Candidate(UUID id, String title, String body, TellerRole role, Long providerId, String districtCode) {
        String group() {
            return WarmData.group(districtCode, role, providerId);
        }
    }

    long total;
    Instant newest;
    final Map<TellerRole, Long> perRole = new TreeMap<>();
    /** Cell keys (ADR 0017): per cell the sum of its stories' record keys, modulo 1. */
    double totalKey;
    final Map<TellerRole, Double> perRoleKey = new TreeMap<>();
    final Map<Long, Map<TellerRole, Double>> perProviderRoleKey = new TreeMap<>();
    private final java.util.function.ToDoubleFunction<java.util.UUID> recordKey;
    final Map<Long, Map<TellerRole, Long>> perProviderRole = new TreeMap<>();
    final Map<String, Long> perGroup = new TreeMap<>();
    /** Per triad question its figures, from the one statistics core (the dashboard's own computation). */
    final Map<String, TriadStatistics> triads = new TreeMap<>();
    final Map<String, Double> triadKeys = new TreeMap<>();
    final Map<String, List<Double>> dyads = new TreeMap<>();
    final Set<Long> frameworks = new TreeSet<>();
    final List<Candidate> consentedToQuote = new ArrayList<>();
    private final MessageDigest digest;

    private WarmData(java.util.function.ToDoubleFunction<java.util.UUID> recordKey) {
        this.recordKey = recordKey;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static WarmData of(StoryArchive archive, ReportScope scope) {
        return of(archive, scope, id -> 0);
    }

    static WarmData of(StoryArchive archive, ReportScope scope, RecordKeys keys) {
        return of(archive, scope, keys::of);
    }

    private static WarmData of(StoryArchive archive, ReportScope scope, java.util.function.ToDoubleFunction<java.util.UUID> keys) {
        WarmData data = new WarmData(keys);
        archive.forEachAnalysable(scope.opgaveId(), scope.start(), scope.end(), story -> {
            if (scope.providerId() != null && !scope.providerId().equals(story.providerId())) {
                return;
            }
            if (scope.districtCode() != null && !scope.districtCode().equals(story.districtCode())) {
                return;
            }
            data.add(story);
        });
        return data;
    }

    static String group(String district, TellerRole role, Long provider) {
        return (district == null ? "-" : district) + "|" + role + "|" + (provider == null ? "-" : provider);
    }

    private void add(StoryRecord story) {
        total++;
        newest = newest == null || story.submittedAt().isAfter(newest) ? story.submittedAt() : newest;
        digest.update(story.id().toString().getBytes(StandardCharsets.US_ASCII));
        perRole.merge(story.role(), 1L, Long::sum);
        long provider = story.providerId() == null ? -1 : story.providerId();
        perProviderRole.computeIfAbsent(provider, p -> new TreeMap<>()).merge(story.role(), 1L, Long::sum);
        double key = recordKey.applyAsDouble(story.id());
        totalKey = (totalKey + key) % 1;
        perRoleKey.merge(story.role(), key, (a, b) -> (a + b) % 1);
        perProviderRoleKey.computeIfAbsent(provider, p -> new TreeMap<>()).merge(story.role(), key, (a, b) -> (a + b) % 1);
        perGroup.merge(group(story.districtCode(), story.role(), story.providerId()), 1L, Long::sum);
        frameworks.add(story.frameworkId());
        for (Answer answer : story.answers()) {
            if (answer instanceof Answer.Triad t) {
                triads.computeIfAbsent(t.questionCode(), TriadStatistics::of).add(t.a(), t.b(), t.c());
                triadKeys.merge(t.questionCode(), key, (x, y) -> (x + y) % 1);
            } else if (answer instanceof Answer.Dyad d) {
                dyads.computeIfAbsent(d.questionCode(), c -> new ArrayList<>()).add(d.value());
            }
        }
        if (story.consentQuote() && !story.heldForReview()) { // held for review: not quotable yet (issue 14)
            consentedToQuote.add(new Candidate(story.id(), story.title(), story.body(), story.role(), story.providerId(),
                    story.districtCode()));
        }
    }

    /** Stories whose tellers consented to quoting and whose (district, role, provider) group passes the policy. */
    List<Candidate> quotable(DisclosurePolicy policy) {
        return consentedToQuote.stream().filter(c -> policy.allowsQuote(perGroup.getOrDefault(c.group(), 0L))).toList();
    }

    /** SHA-256 over the ids of the stories counted, in id order: the same stories give the same digest. */
    String storyDigest() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
