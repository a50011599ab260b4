package org.openhotline.tracing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks registries over RDAP (RFC 7480-7484, RFC 9083) who answers for abuse: for the
 * network of an address, for a network number, and the registrar of a domain. Follows
 * redirects and the "related" referrals of an answer, up to the configured number; never
 * contacts a host that belongs to the reported address.
 */
@Component
class RdapClient {

	/** Someone to write to: a name (the vCard's fn) and an email address. */
	record Contact(@Nullable String name, String email) {
	}

	/** What one lookup found, where it asked and what went wrong on the way. */
	record Answer(@Nullable JsonNode object, @Nullable Contact contact, List<URI> sources, List<String> problems) {

		@Nullable String text(String field) {
			return object != null && object.hasNonNull(field) ? object.get(field).asString() : null;
		}
	}

	private static final int MAX_BODY = 1 << 20;

	private final JsonMapper json = JsonMapper.builder().build();

	private final RdapBootstrap bootstrap;

	private final HttpClient http;

	private final TracingProperties.Rdap properties;

	RdapClient(RdapBootstrap bootstrap, TracingProperties properties) {
		this.bootstrap = bootstrap;
		this.properties = properties.rdap();
		this.http = HttpClient.newBuilder()
			.connectTimeout(this.properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	Answer network(InetAddress address, Predicate<URI> forbidden) {
		Optional<URI> base = bootstrap.forAddress(address);
		if (base.isEmpty()) {
			return new Answer(null, null, List.of(), List.of("rdap: no registry for " + InetAddressLiteral.text(address)));
		}
		return lookup(base.get().resolve("ip/" + InetAddressLiteral.text(address)), "abuse", forbidden);
	}

	Answer autonomousSystem(long asn, Predicate<URI> forbidden) {
		Optional<URI> base = bootstrap.forAsn(asn);
		if (base.isEmpty()) {
			return new Answer(null, null, List.of(), List.of("rdap: no registry for AS" + asn));
		}
		return lookup(base.get().resolve("autnum/" + asn), "abuse", forbidden);
	}

	/** The domain's registrar and its abuse contact. */
	Answer registrar(String domain, Predicate<URI> forbidden) {
		Optional<URI> base = bootstrap.forDomain(domain);
		if (base.isEmpty()) {
			return new Answer(null, null, List.of(), List.of("rdap: no registry for the domain's top-level domain"));
		}
		return lookup(base.get().resolve("domain/" + domain.toLowerCase(Locale.ROOT)), "registrar", forbidden);
	}

	private Answer lookup(URI first, String role, Predicate<URI> forbidden) {
		List<URI> sources = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		JsonNode firstObject = null;
		URI next = first;
		for (int hop = 0; next != null && hop <= properties.maxReferrals(); hop++) {
			JsonNode object = fetch(next, forbidden, sources, problems);
			if (object == null) {
				break;
			}
			if (firstObject == null) {
				firstObject = object;
			}
			Contact contact = "registrar".equals(role) ? registrarContact(object) : contact(object, "abuse");
			if (contact != null) {
				return new Answer(firstObject, contact, List.copyOf(sources), List.copyOf(problems));
			}
			next = referral(object);
		}
		return new Answer(firstObject, null, List.copyOf(sources), List.copyOf(problems));
	}

	private @Nullable JsonNode fetch(URI uri, Predicate<URI> forbidden, List<URI> sources, List<String> problems) {
		if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
			problems.add("rdap: not a registry address: " + uri);
			return null;
		}
		if (forbidden.test(uri)) {
			problems.add("rdap: a referral pointed at the reported host; not followed");
			return null;
		}
		sources.add(uri);
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(properties.requestTimeout())
			.header("Accept", "application/rdap+json, application/json")
			.GET()
			.build();
		try {
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() == 404) {
				problems.add("rdap: not found at " + uri.getHost());
				return null;
			}
			if (response.statusCode() == 429) {
				problems.add("rdap: " + uri.getHost() + " asks to slow down (429)");
				return null;
			}
			if (response.statusCode() != 200) {
				problems.add("rdap: " + uri.getHost() + " answered " + response.statusCode());
				return null;
			}
			if (response.body().length > MAX_BODY) {
				problems.add("rdap: answer from " + uri.getHost() + " too large");
				return null;
			}
			return json.readTree(response.body());
		}
		catch (HttpTimeoutException e) {
			problems.add("rdap: " + uri.getHost() + " did not answer in time");
		}
		catch (IOException e) {
			problems.add("rdap: " + uri.getHost() + " unreachable");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			problems.add("rdap: interrupted");
		}
		catch (RuntimeException e) {
			problems.add("rdap: answer from " + uri.getHost() + " is not valid JSON");
		}
		return null;
	}

	/** A more specific registration elsewhere (RFC 9083 links with rel "related"). */
	private static @Nullable URI referral(JsonNode object) {
		for (JsonNode link : object.path("links")) {
			String rel = link.path("rel").asString("");
			String type = link.path("type").asString("application/rdap+json");
			if ("related".equals(rel) && type.contains("json") && link.hasNonNull("href")) {
				try {
					return URI.create(link.get("href").asString());
				}
				catch (IllegalArgumentException e) {
					return null;
				}
			}
		}
		return null;
	}

	/** The first entity with the role, searched through nested entities, that has an email. */
	static @Nullable Contact contact(JsonNode object, String role) {
		for (JsonNode entity : object.path("entities")) {
			if (hasRole(entity, role)) {
				Contact contact = vcard(entity);
				if (contact != null) {
					return contact;
				}
			}
			Contact nested = contact(entity, role);
			if (nested != null) {
				return nested;
			}
		}
		return null;
	}

	/** The registrar's abuse contact (nested in the registrar entity), else its own email. */
	private static @Nullable Contact registrarContact(JsonNode domain) {
		for (JsonNode entity : domain.path("entities")) {
			if (hasRole(entity, "registrar")) {
				String name = vcardField(entity, "fn");
				Contact abuse = contact(entity, "abuse");
				if (abuse != null) {
					return new Contact(name != null ? name : abuse.name(), abuse.email());
				}
				Contact own = vcard(entity);
				if (own != null) {
					return own;
				}
			}
		}
		return null;
	}

	static @Nullable String registrarName(JsonNode domain) {
		for (JsonNode entity : domain.path("entities")) {
			if (hasRole(entity, "registrar")) {
				return vcardField(entity, "fn");
			}
		}
		return null;
	}

	private static boolean hasRole(JsonNode entity, String role) {
		for (JsonNode r : entity.path("roles")) {
			if (role.equalsIgnoreCase(r.asString(""))) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable Contact vcard(JsonNode entity) {
		String email = vcardField(entity, "email");
		return email == null ? null : new Contact(vcardField(entity, "fn"), email);
	}

	private static @Nullable String vcardField(JsonNode entity, String field) {
		JsonNode properties = entity.path("vcardArray").path(1);
		for (JsonNode property : properties) {
			if (field.equals(property.path(0).asString("")) && property.size() >= 4) {
				String value = property.get(3).asString("").trim();
				if (!value.isEmpty()) {
					return value;
				}
			}
		}
		return null;
	}
}
