package org.openhotline.shared.web;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the app where to open it: the lines the modules add (the public
 * portals), then the back office. On a first start the accounts module prints, after it,
 * how the first administrator signs in.
 */
@Component
class ReadyBanner {

	private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

	private final List<ReadyLine> lines;

	ReadyBanner(List<ReadyLine> lines) {
		this.lines = lines;
	}

	@EventListener
	@org.springframework.core.annotation.Order(0)
	void ready(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			int port = web.getWebServer().getPort();
			String added = lines.stream().map(line -> "  " + line.text(port) + "\n").collect(Collectors.joining());
			log.info("""

					OpenHotline is ready.
					{}  Back office:    http://localhost:{}/office
					""", added, port);
		}
	}
}
