import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a new entry takes to be seen by lookups on another node: adds one entry through
 * node 1 (bench endpoint, the listener's path), then asks node 2's lookup every 10 ms until it
 * matches. Timed from node 1's answer (the entry committed) to node 2's first match.
 * Usage: java bench/UrlListPropagation.java NODE1 NODE2 KEY ROUNDS
 */
public class UrlListPropagation {

	private static final Pattern HASH = Pattern.compile("\"hashes\":\\[\"([0-9a-f]{64})\"");

	public static void main(String[] args) throws Exception {
		String node1 = args[0];
		String node2 = args[1];
		String key = args[2];
		int rounds = Integer.parseInt(args[3]);
		HttpClient http = HttpClient.newHttpClient();
		List<Double> millis = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			// so that each addition falls at another point of node 2's refresh interval
			Thread.sleep(ThreadLocalRandom.current().nextInt(200, 1200));
			HttpResponse<String> added = http.send(HttpRequest.newBuilder(URI.create(node1 + "/bench/url-list/add?count=1"))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
			long committed = System.nanoTime();
			Matcher m = HASH.matcher(added.body());
			if (added.statusCode() != 200 || !m.find()) {
				throw new IllegalStateException("add: " + added.statusCode() + " " + added.body());
			}
			HttpRequest lookup = HttpRequest.newBuilder(URI.create(node2 + "/api/v1/url-list/lookup"))
				.header("Authorization", "Bearer " + key)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"hashes\":[\"" + m.group(1) + "\"]}"))
				.build();
			while (true) {
				HttpResponse<String> found = http.send(lookup, HttpResponse.BodyHandlers.ofString());
				if (found.statusCode() == 200 && found.body().contains(m.group(1))) {
					break;
				}
				if (System.nanoTime() - committed > 30_000_000_000L) {
					throw new IllegalStateException("not seen on node 2 after 30 s: " + found.body());
				}
				Thread.sleep(10);
			}
			double ms = (System.nanoTime() - committed) / 1e6;
			millis.add(ms);
			System.out.printf("round %d: seen on node 2 after %.0f ms%n", round + 1, ms);
		}
		Collections.sort(millis);
		double median = millis.size() % 2 == 1 ? millis.get(millis.size() / 2)
				: (millis.get(millis.size() / 2 - 1) + millis.get(millis.size() / 2)) / 2;
		System.out.printf("propagation to node 2 over %d additions: median %.0f ms, max %.0f ms (min %.0f ms)%n",
				millis.size(), median, millis.get(millis.size() - 1), millis.get(0));
	}
}
