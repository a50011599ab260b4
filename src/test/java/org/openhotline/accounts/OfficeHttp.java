package org.openhotline.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A browser for the back office over real HTTP: one cookie jar holding the session cookie
 * (kept by hand, since the cookie is Secure and the test server speaks plain HTTP), the
 * CSRF token of the last page, no redirects followed.
 */
public final class OfficeHttp {

	static final String COOKIE = "__Host-openhotline";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final int port;

	private @Nullable String session;

	private String csrf = "";

	public OfficeHttp(int port) {
		this.port = port;
	}

	@Nullable String session() {
		return session;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	/** A page as a browser set to {@code language} asks for it. */
	public HttpResponse<String> get(String path, String language) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", language).GET());
	}

	/** A page as a browser asks for it, accepting HTML (error pages are then pages, not JSON). */
	public HttpResponse<String> getHtml(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/xhtml+xml").GET());
	}

	/** Posts a form with the CSRF token of the last page seen; pairs of name and value. */
	public HttpResponse<String> post(String path, String... nameValues) {
		StringBuilder body = new StringBuilder("_csrf=" + enc(csrf));
		for (int i = 0; i < nameValues.length; i += 2) {
			body.append('&').append(enc(nameValues[i])).append('=').append(enc(nameValues[i + 1]));
		}
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/** Posts a file as a browser's upload form does (multipart), with the CSRF token of the last page seen. */
	public HttpResponse<String> postFile(String path, String field, String fileName, String contentType, byte[] content) {
		String boundary = "----formboundary" + java.util.UUID.randomUUID().toString().replace("-", "");
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** Posts a form as a browser does from a page left open too long: with a token the session no longer has. */
	public HttpResponse<String> postStale(String path, String... nameValues) {
		StringBuilder body = new StringBuilder("_csrf=stale");
		for (int i = 0; i < nameValues.length; i += 2) {
			body.append('&').append(enc(nameValues[i])).append('=').append(enc(nameValues[i + 1]));
		}
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html,application/xhtml+xml")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/** Follows a redirect answer with a GET, as a browser does. */
	public HttpResponse<String> follow(HttpResponse<String> response) {
		String location = response.headers().firstValue("Location").orElseThrow();
		return get(URI.create(location).getPath() + (URI.create(location).getQuery() == null ? "" : "?" + URI.create(location).getQuery()));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		if (session != null) {
			request.header("Cookie", COOKIE + "=" + session);
		}
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String cookie : response.headers().allValues("Set-Cookie")) {
				if (cookie.startsWith(COOKIE + "=")) {
					String value = cookie.substring(COOKIE.length() + 1, cookie.indexOf(';'));
					session = value.isEmpty() ? null : value;
				}
			}
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				csrf = token.group(1);
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String setCookie(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(COOKIE)).collect(Collectors.joining());
	}

	public static String text(String html, String id) {
		Matcher matcher = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("No element #" + id + " in " + html);
		}
		return matcher.group(1).trim();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static Stream<String> lines(String html) {
		return html.lines();
	}
}
