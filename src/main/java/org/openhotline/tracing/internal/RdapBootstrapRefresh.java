package org.openhotline.tracing.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Downloads IANA's current bootstrap files into the bootstrap directory. Each file is
 * checked (JSON with a "services" list) and written under a temporary name, then moved
 * into place, so a failed or partial download never replaces a good file.
 */
@Component
class RdapBootstrapRefresh {

	private final TracingProperties.Rdap properties;

	private final RdapBootstrap bootstrap;

	private final JsonMapper json = JsonMapper.builder().build();

	RdapBootstrapRefresh(TracingProperties properties, RdapBootstrap bootstrap) {
		this.properties = properties.rdap();
		this.bootstrap = bootstrap;
	}

	/** The files written; throws when none could be, naming why. */
	List<String> refresh() throws IOException, InterruptedException {
		Path directory = properties.bootstrapDirectory();
		if (directory == null) {
			throw new IllegalStateException("Set openhotline.tracing.rdap.bootstrap-directory to refresh the RDAP bootstrap files");
		}
		Files.createDirectories(directory);
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		List<String> written = new ArrayList<>();
		for (String file : RdapBootstrap.FILES) {
			URI source = properties.bootstrapSource().resolve(file);
			HttpResponse<byte[]> response = http.send(
					HttpRequest.newBuilder(source).timeout(properties.requestTimeout()).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IOException(source + " answered " + response.statusCode());
			}
			JsonNode root;
			try {
				root = json.readTree(response.body());
			}
			catch (RuntimeException e) {
				throw new IOException(source + " is not JSON");
			}
			if (!root.path("services").isArray()) {
				throw new IOException(source + " is not an RDAP bootstrap file");
			}
			Path temporary = directory.resolve(file + ".download");
			Files.write(temporary, response.body());
			Files.move(temporary, directory.resolve(file), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
			written.add(file);
		}
		bootstrap.reload();
		return written;
	}
}
