import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The queue page under load: signs in as the administrator (password, enrolment of a TOTP
 * secret computed here), then requests the queue page with several filters, one at a time,
 * and prints the latency percentiles per variant. On localhost the latency is the server
 * time plus a few tenths of a millisecond.
 *
 * java bench/QueueLoad.java <base> <username> <password> <requests per variant>
 */
public class QueueLoad {

	static final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	static String base;

	static String cookie = "";

	static String csrf = "";

	public static void main(String[] args) throws Exception {
		base = args[0];
		int requests = Integer.parseInt(args[3]);
		get("/office/sign-in");
		post("/office/sign-in", "username", args[1], "password", args[2]);
		String enrol = get("/office/enrol").body();
		Matcher secretText = Pattern.compile("id=\"secret\"[^>]*>([^<]*)<").matcher(enrol);
		if (!secretText.find()) {
			throw new IllegalStateException("no enrolment page: sign-in failed");
		}
		byte[] secret = base32(secretText.group(1));
		post("/office/enrol", "code", totp(secret, System.currentTimeMillis() / 1000 / 30));
		if (get("/office/queue").statusCode() != 200) {
			throw new IllegalStateException("not signed in");
		}
		String[] variants = { "/office/queue", "/office/queue?page=5", "/office/queue?portal=sn",
				"/office/queue?status=CLAIMED", "/office/queue?olderThan=P7D", "/office/queue?portal=ci&olderThan=PT24H&page=2",
				"/office/queue?portal=ml&portal=sn&olderThan=aged&unclaimed=true", "/office/queue?mine=true", "/office" };
		for (String variant : variants) {
			for (int i = 0; i < Math.max(50, requests / 4); i++) {
				get(variant);
			}
		}
		System.out.println("| page | requests | p50 ms | p95 ms | p99 ms | max ms |");
		System.out.println("|---|---|---|---|---|---|");
		List<Long> all = new ArrayList<>();
		for (String variant : variants) {
			long[] latencies = new long[requests];
			for (int i = 0; i < requests; i++) {
				long t0 = System.nanoTime();
				HttpResponse<String> response = get(variant);
				latencies[i] = System.nanoTime() - t0;
				if (response.statusCode() != 200) {
					throw new IllegalStateException(variant + " answered " + response.statusCode());
				}
				all.add(latencies[i]);
			}
			print(variant, latencies);
		}
		print("all", all.stream().mapToLong(Long::longValue).toArray());
	}

	static void print(String name, long[] latencies) {
		Arrays.sort(latencies);
		System.out.printf("| `%s` | %d | %.1f | %.1f | %.1f | %.1f |%n", name, latencies.length, p(latencies, 50),
				p(latencies, 95), p(latencies, 99), latencies[latencies.length - 1] / 1e6);
	}

	static double p(long[] sorted, double percentile) {
		int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	static HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	static HttpResponse<String> post(String path, String... pairs) throws Exception {
		StringBuilder body = new StringBuilder("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
		for (int i = 0; i < pairs.length; i += 2) {
			body.append('&').append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		if (!cookie.isEmpty()) {
			request.header("Cookie", cookie);
		}
		HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		for (String set : response.headers().allValues("Set-Cookie")) {
			if (set.startsWith("__Host-openhotline=")) {
				cookie = set.substring(0, set.indexOf(';'));
			}
		}
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(response.body());
		if (token.find()) {
			csrf = token.group(1);
		}
		return response;
	}

	static String totp(byte[] secret, long step) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA1");
		mac.init(new SecretKeySpec(secret, "HmacSHA1"));
		byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
		int offset = hash[hash.length - 1] & 0xf;
		int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
				| (hash[offset + 3] & 0xff);
		return String.format("%06d", binary % 1_000_000);
	}

	static byte[] base32(String text) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : text.replace(" ", "").toCharArray()) {
			buffer = (buffer << 5) | alphabet.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				out.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}
}
