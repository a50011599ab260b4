package org.openhotline.portal.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bare HTTP client for the public pages, as a browser without JavaScript or cookies
 * uses them: GET the form, read its token, POST the fields.
 */
final class PortalHttp {

	private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	private final Map<String, String> extraHeaders;

	PortalHttp(int port) {
		this(port, Map.of());
	}

	PortalHttp(int port, Map<String, String> extraHeaders) {
		this.base = "http://localhost:" + port;
		this.extraHeaders = extraHeaders;
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	HttpResponse<String> post(String path, List<String[]> fields) {
		return post(path, form(fields));
	}

	HttpResponse<String> post(String path, String body) {
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	String tokenFrom(String html) {
		Matcher m = TOKEN.matcher(html);
		if (!m.find()) {
			throw new AssertionError("No form token in the page");
		}
		return m.group(1);
	}

	String freshToken(String slug, String lang) {
		return tokenFrom(get("/" + slug + "/" + lang).body());
	}

	/** The fields of a valid report with these addresses. */
	static List<String[]> validReport(String token, String... urls) {
		List<String[]> fields = new ArrayList<>();
		fields.add(new String[] { "token", token });
		for (String url : urls) {
			fields.add(new String[] { "url", url });
		}
		fields.add(new String[] { "seen", "IMAGES" });
		fields.add(new String[] { "found", "WEBSITE" });
		return fields;
	}

	static String form(List<String[]> fields) {
		StringBuilder body = new StringBuilder();
		for (String[] field : fields) {
			if (!body.isEmpty()) {
				body.append('&');
			}
			body.append(URLEncoder.encode(field[0], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(field[1], StandardCharsets.UTF_8));
		}
		return body.toString();
	}

	/** The page as a person reads it: entities decoded. */
	static String readable(HttpResponse<String> response) {
		return org.springframework.web.util.HtmlUtils.htmlUnescape(response.body());
	}

	static String text(String html, String id) {
		Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
		if (!m.find()) {
			throw new AssertionError("No element #" + id + " in the page");
		}
		return m.group(1).strip();
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
		extraHeaders.forEach(builder::header);
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
