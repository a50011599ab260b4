package org.openhotline.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the app where to open it. On a first start the accounts module
 * prints, after it, how the first administrator signs in.
 */
@Component
class ReadyBanner {

	private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

	@EventListener
	@org.springframework.core.annotation.Order(0)
	void ready(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			int port = web.getWebServer().getPort();
			log.info("""

					OpenHotline is ready.
					  Public portals: http://localhost:{}/   (the Mali portal: http://localhost:{}/ml)
					  Back office:    http://localhost:{}/office
					""", port, port, port);
		}
	}
}
