import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load for the report form of a running OpenHotline (see bench/README.md):
 * 1. saturation: C concurrent senders post reports (one URL each) as fast as they can;
 * 2. fixed rate: reports at R per second, latency measured from the moment each was due
 *    (so a stall counts against every request it delays);
 * and the same two phases against POST /bench/insert (one INSERT), for the ratio.
 * Every report uses its own form token, fetched before the timed phases.
 *
 * java bench/SubmitLoad.java http://localhost:8080 [seconds] [concurrency] [rate]
 */
public class SubmitLoad {

	static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	static HttpClient client;

	static String base;

	public static void main(String[] args) throws Exception {
		client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.executor(Executors.newFixedThreadPool(8))
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		if (args.length > 0 && args[0].equals("tokens")) {
			// java bench/SubmitLoad.java tokens <base> <count> <file>: form tokens for wrk
			base = args[1];
			java.nio.file.Files.write(java.nio.file.Path.of(args[3]), fetchTokens(Integer.parseInt(args[2]), 16));
			System.exit(0);
		}
		boolean rateOnly = args.length > 0 && args[0].equals("rate");
		String[] rest = rateOnly ? Arrays.copyOfRange(args, 1, args.length) : args;
		base = rest.length > 0 ? rest[0] : "http://localhost:8080";
		int seconds = rest.length > 1 ? Integer.parseInt(rest[1]) : 20;
		int concurrency = rest.length > 2 ? Integer.parseInt(rest[2]) : 16;
		int rate = rest.length > 3 ? Integer.parseInt(rest[3]) : 200;

		int tokensNeeded = (rateOnly ? 0 : seconds * 1500) + (seconds + 5) * rate + 2000;
		System.out.printf("fetching %d form tokens ...%n", tokensNeeded);
		ConcurrentLinkedQueue<String> tokens = fetchTokens(tokensNeeded, concurrency);

		Supplier<HttpRequest> report = () -> post("/ml/en/report", "token=" + enc(tokens.remove()) + "&url="
				+ enc("https://example.com/bench/" + UUID.randomUUID()) + "&seen=IMAGES&found=WEBSITE");
		Supplier<HttpRequest> bare = () -> post("/bench/insert", "value=" + UUID.randomUUID());

		if (rateOnly) {
			// run.sh has warmed the app up and waited for triage to finish its backlog; this warms the
			// generator's own JVM at the measured rate, so that its JIT does not count against the first phase
			fixedRate("warm-up (discarded)", report, rate, 3);
			fixedRate("warm-up (discarded)", bare, rate, 2);
		}
		else {
			warmUp(report, bare, concurrency);
		}
		List<Result> results = new ArrayList<>();
		if (!rateOnly) {
			results.add(saturate("report  (saturation)", report, concurrency, seconds));
			results.add(saturate("bare    (saturation)", bare, concurrency, seconds));
		}
		Result reportRate = fixedRate("report  (" + rate + "/s)", report, rate, seconds);
		Result bareRate = fixedRate("bare    (" + rate + "/s)", bare, rate, seconds);
		results.add(reportRate);
		results.add(bareRate);

		System.out.println();
		System.out.println("| phase | requests | errors | throughput /s | p50 ms | p95 ms | p99 ms | max ms |");
		System.out.println("|---|---|---|---|---|---|---|---|");
		for (Result r : results) {
			System.out.println(r.row());
		}
		if (!rateOnly) {
			System.out.printf("%nreport / bare insert, saturation throughput: %.2f%n",
					results.get(0).throughput() / results.get(1).throughput());
		}
		System.out.printf("p99 at %d/s, report / bare: %.2f%n", rate, reportRate.p(99) / Math.max(0.001, bareRate.p(99)));
		System.exit(0);
	}

	record Result(String name, long[] latenciesNanos, int errors, double seconds) {

		double throughput() {
			return (latenciesNanos.length - errors) / seconds;
		}

		double p(double percentile) {
			if (latenciesNanos.length == 0) {
				return 0;
			}
			long[] sorted = latenciesNanos.clone();
			Arrays.sort(sorted);
			int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
			return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
		}

		String row() {
			return String.format("| %s | %d | %d | %.0f | %.1f | %.1f | %.1f | %.1f |", name, latenciesNanos.length, errors,
					throughput(), p(50), p(95), p(99), p(100));
		}
	}

	static Result saturate(String name, Supplier<HttpRequest> request, int concurrency, int seconds) throws Exception {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicInteger errors = new AtomicInteger();
		ExecutorService senders = Executors.newFixedThreadPool(concurrency);
		long start = System.nanoTime();
		for (int i = 0; i < concurrency; i++) {
			senders.submit(() -> {
				while (System.nanoTime() < end) {
					long t0 = System.nanoTime();
					if (!send(request.get())) {
						errors.incrementAndGet();
					}
					latencies.add(System.nanoTime() - t0);
				}
			});
		}
		senders.shutdown();
		senders.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
		Result result = new Result(name, latencies.stream().mapToLong(Long::longValue).toArray(), errors.get(),
				(System.nanoTime() - start) / 1e9);
		System.out.println(result.row());
		return result;
	}

	static Result fixedRate(String name, Supplier<HttpRequest> request, int rate, int seconds) throws Exception {
		int total = rate * seconds;
		long interval = TimeUnit.SECONDS.toNanos(1) / rate;
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicInteger errors = new AtomicInteger();
		ExecutorService senders = Executors.newFixedThreadPool(64);
		long start = System.nanoTime();
		for (int i = 0; i < total; i++) {
			long due = start + i * interval;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			HttpRequest next = request.get();
			senders.submit(() -> {
				if (!send(next)) {
					errors.incrementAndGet();
				}
				latencies.add(System.nanoTime() - due);
			});
		}
		senders.shutdown();
		senders.awaitTermination(120, TimeUnit.SECONDS);
		Result result = new Result(name, latencies.stream().mapToLong(Long::longValue).toArray(), errors.get(),
				(System.nanoTime() - start) / 1e9);
		System.out.println(result.row());
		return result;
	}

	static void warmUp(Supplier<HttpRequest> report, Supplier<HttpRequest> bare, int concurrency) throws Exception {
		ExecutorService senders = Executors.newFixedThreadPool(concurrency);
		for (int i = 0; i < 1500; i++) {
			senders.submit(() -> send(report.get()));
			senders.submit(() -> send(bare.get()));
		}
		senders.shutdown();
		senders.awaitTermination(120, TimeUnit.SECONDS);
	}

	static boolean send(HttpRequest request) {
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			int status = response.statusCode();
			return status == 204 || (status == 200 && response.body().contains("id=\"reference\""));
		}
		catch (Exception ex) {
			return false;
		}
	}

	static ConcurrentLinkedQueue<String> fetchTokens(int count, int concurrency) throws Exception {
		ConcurrentLinkedQueue<String> tokens = new ConcurrentLinkedQueue<>();
		ExecutorService fetchers = Executors.newFixedThreadPool(concurrency);
		AtomicLong failures = new AtomicLong();
		for (int i = 0; i < count; i++) {
			fetchers.submit(() -> {
				try {
					String html = client.send(HttpRequest.newBuilder(URI.create(base + "/ml/en")).GET().build(),
							HttpResponse.BodyHandlers.ofString()).body();
					Matcher m = TOKEN.matcher(html);
					if (m.find()) {
						tokens.add(m.group(1));
					}
				}
				catch (Exception ex) {
					failures.incrementAndGet();
				}
			});
		}
		fetchers.shutdown();
		fetchers.awaitTermination(10, TimeUnit.MINUTES);
		if (tokens.size() < count * 0.99) {
			throw new IllegalStateException("Only " + tokens.size() + " tokens fetched");
		}
		return tokens;
	}

	static HttpRequest post(String path, String body) {
		return HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
