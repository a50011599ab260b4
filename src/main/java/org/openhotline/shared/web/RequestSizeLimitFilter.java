package org.openhotline.shared.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies larger than the configured limit with a 413 page, before any
 * form parsing. A body sent without a length (chunked) is read here, up to one byte past
 * the limit, and handed on from memory. Multipart bodies are refused (415): no page takes
 * a file, and nothing should parse one into temporary files.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeLimitFilter(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
			return;
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

	private static void refuse(HttpServletResponse response, HttpStatus status) throws IOException {
		// the rest of the body is not read: the connection cannot be reused
		response.setHeader("Connection", "close");
		response.sendError(status.value());
	}
}
