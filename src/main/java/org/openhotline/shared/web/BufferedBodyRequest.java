package org.openhotline.shared.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body, sent without a length, was read whole (within the size limit)
 * before anything else could: the server can no longer parse its form fields, so this
 * does, as the server would (query parameters first, at most as many fields as the
 * server allows, a field that does not decode left out).
 */
final class BufferedBodyRequest extends HttpServletRequestWrapper {

	private static final int MAX_FIELDS = 1000;

	private final byte[] body;

	private @Nullable Map<String, String[]> parameters;

	BufferedBodyRequest(HttpServletRequest request, byte[] body) {
		super(request);
		this.body = body;
	}

	@Override
	public int getContentLength() {
		return body.length;
	}

	@Override
	public long getContentLengthLong() {
		return body.length;
	}

	@Override
	public ServletInputStream getInputStream() {
		ByteArrayInputStream in = new ByteArrayInputStream(body);
		return new ServletInputStream() {

			@Override
			public int read() {
				return in.read();
			}

			@Override
			public int read(byte[] b, int off, int len) {
				return in.read(b, off, len);
			}

			@Override
			public boolean isFinished() {
				return in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException("The body was already read");
			}
		};
	}

	@Override
	public BufferedReader getReader() {
		return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset()));
	}

	@Override
	public @Nullable String getParameter(String name) {
		String[] values = parameters().get(name);
		return values == null ? null : values[0];
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return parameters();
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(parameters().keySet());
	}

	@Override
	public String @Nullable [] getParameterValues(String name) {
		String[] values = parameters().get(name);
		return values == null ? null : values.clone();
	}

	private Map<String, String[]> parameters() {
		if (parameters == null) {
			Map<String, List<String>> fields = new LinkedHashMap<>();
			super.getParameterMap().forEach((name, values) -> fields.put(name, new ArrayList<>(List.of(values))));
			if ("POST".equals(getMethod()) && isForm()) {
				addFields(fields);
			}
			Map<String, String[]> map = new LinkedHashMap<>();
			fields.forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
			parameters = Collections.unmodifiableMap(map);
		}
		return parameters;
	}

	private void addFields(Map<String, List<String>> fields) {
		Charset charset = charset();
		int count = 0;
		for (String pair : new String(body, charset).split("&")) {
			if (pair.isEmpty() || ++count > MAX_FIELDS) {
				continue;
			}
			int equals = pair.indexOf('=');
			try {
				String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), charset);
				String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset);
				fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
			}
			catch (IllegalArgumentException ex) {
				// a malformed %-escape: the server leaves such a field out too
			}
		}
	}

	private boolean isForm() {
		String type = getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
	}

	private Charset charset() {
		String encoding = getCharacterEncoding();
		return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
	}
}
