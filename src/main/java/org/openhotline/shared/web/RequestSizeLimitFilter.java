package org.openhotline.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies larger than the configured limit with a 413 page, before any
 * form parsing. A body sent without a length (chunked) is read here, up to one byte past
 * the limit, and handed on from memory. Multipart bodies are refused (415), except on the
 * few paths that take a file (a {@link MultipartUpload}), where their own limit applies.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final List<Map.Entry<PathPattern, MultipartUpload>> uploads;

	RequestSizeLimitFilter(long maxBytes, List<MultipartUpload> uploads) {
		this.maxBytes = maxBytes;
		this.uploads = uploads.stream()
			.map(u -> Map.entry(PathPatternParser.defaultInstance.parse(u.pathPattern()), u))
			.toList();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long maxBytes = this.maxBytes;
		String type = request.getContentType();
		if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			MultipartUpload upload = uploadAt(request);
			if (upload == null) {
				refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
				return;
			}
			maxBytes = upload.maxSize().toBytes();
		}
		long length = request.getContentLengthLong();
		if (length > maxBytes) {
			refuse(response, HttpStatus.PAYLOAD_TOO_LARGE);
			return;
		}
		if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
			byte[] body = request.getInputStream().readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
			if (body.length > maxBytes) {
				refuse(response, HttpStatus.PAYLOAD_TOO_LARGE);
				return;
			}
			chain.doFilter(new BufferedBodyRequest(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private @Nullable MultipartUpload uploadAt(HttpServletRequest request) {
		PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return uploads.stream().filter(u -> u.getKey().matches(path)).map(Map.Entry::getValue).findFirst().orElse(null);
	}

	private static void refuse(HttpServletResponse response, HttpStatus status) throws IOException {
		// the rest of the body is not read: the connection cannot be reused
		response.setHeader("Connection", "close");
		response.sendError(status.value());
	}
}
