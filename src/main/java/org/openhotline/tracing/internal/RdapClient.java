package org.openhotline.tracing.internal;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openhotline.audit.LogSafe;
import org.openhotline.shared.validation.PlainEmail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks registries over RDAP (RFC 7480-7484, RFC 9083) who answers for abuse: for the
 * network of an address, for a network number, and the registrar of a domain. Follows
 * redirects and the "related" referrals of an answer, up to the configured number, but never
 * automatically: every address, the first included, passes {@link RegistryAddressCheck}
 * before it is asked, so none leads to the reported host or into a private network. Answers
 * are read up to the configured size; email addresses that could not go into a mail header
 * as they are left out.
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

	/** One registry answer: a JSON object, a redirect, or neither (the problem is noted). */
	private record Fetched(@Nullable JsonNode object, @Nullable URI redirect) {

		static final Fetched NOTHING = new Fetched(null, null);
	}

	private static final Logger log = LoggerFactory.getLogger(RdapClient.class);

	private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

	private final JsonMapper json = JsonMapper.builder().build();

	private final RdapBootstrap bootstrap;

	private final HttpClient http;

	private final TracingProperties.Rdap properties;

	private final RegistryAddressCheck check;

	private final int maxBody;

	@Autowired
	RdapClient(RdapBootstrap bootstrap, TracingProperties properties) {
		this(bootstrap, properties, InetAddress::getAllByName);
	}

	RdapClient(RdapBootstrap bootstrap, TracingProperties properties, RegistryAddressCheck.AddressLookup lookup) {
		this.bootstrap = bootstrap;
		this.properties = properties.rdap();
		this.check = new RegistryAddressCheck(this.properties.allowedInsecureHosts(), lookup);
		this.maxBody = (int) Math.min(Integer.MAX_VALUE - 1, this.properties.maxAnswerSize().toBytes());
		this.http = HttpClient.newBuilder()
			.connectTimeout(this.properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	Answer network(InetAddress address, ReportedHost reported) {
		Optional<URI> base = bootstrap.forAddress(address);
		if (base.isEmpty()) {
			return new Answer(null, null, List.of(), List.of("rdap: no registry for " + InetAddressLiteral.text(address)));
		}
		return lookup(base.get().resolve("ip/" + InetAddressLiteral.text(address)), "abuse", reported);
	}

	Answer autonomousSystem(long asn, ReportedHost reported) {
		Optional<URI> base = bootstrap.forAsn(asn);
		if (base.isEmpty()) {
			return new Answer(null, null, List.of(), List.of("rdap: no registry for AS" + asn));
		}
		return lookup(base.get().resolve("autnum/" + asn), "abuse", reported);
	}

	/** The domain's registrar and its abuse contact. */
	Answer registrar(String domain, ReportedHost reported) {
		Optional<URI> base = bootstrap.forDomain(domain);
		if (base.isEmpty()) {
			return new Answer(null, null, List.of(), List.of("rdap: no registry for the domain's top-level domain"));
		}
		return lookup(base.get().resolve("domain/" + domain.toLowerCase(Locale.ROOT)), "registrar", reported);
	}

	private Answer lookup(URI first, String role, ReportedHost reported) {
		List<URI> sources = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		JsonNode firstObject = null;
		URI next = first;
		// redirects and referrals share one budget of hops
		for (int hop = 0; next != null && hop <= properties.maxReferrals(); hop++) {
			Fetched fetched = fetch(next, reported, sources, problems);
			if (fetched.redirect() != null) {
				next = fetched.redirect();
				continue;
			}
			JsonNode object = fetched.object();
			if (object == null) {
				return new Answer(firstObject, null, List.copyOf(sources), List.copyOf(problems));
			}
			if (firstObject == null) {
				firstObject = object;
			}
			Contact contact = "registrar".equals(role) ? registrarContact(object, problems)
					: contact(object, "abuse", problems);
			if (contact != null) {
				return new Answer(firstObject, contact, List.copyOf(sources), List.copyOf(problems));
			}
			next = referral(object);
		}
		if (next != null) {
			problems.add("rdap: more redirects and referrals than " + properties.maxReferrals() + "; not followed");
		}
		return new Answer(firstObject, null, List.copyOf(sources), List.copyOf(problems));
	}

	private Fetched fetch(URI uri, ReportedHost reported, List<URI> sources, List<String> problems) {
		RegistryAddressCheck.Refusal refusal = check.refusal(uri, reported);
		if (refusal == RegistryAddressCheck.Refusal.REPORTED_HOST) {
			problems.add("rdap: a registry address pointed at the reported host; not followed");
			return Fetched.NOTHING;
		}
		if (refusal != null) {
			problems.add("rdap: registry address " + shortened(String.valueOf(uri.getHost())) + " refused ("
					+ refusal.text + "); not asked");
			return Fetched.NOTHING;
		}
		sources.add(uri);
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(properties.requestTimeout())
			.header("Accept", "application/rdap+json, application/json")
			.GET()
			.build();
		try {
			HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				int status = response.statusCode();
				if (REDIRECTS.contains(status)) {
					Optional<String> location = response.headers().firstValue("Location");
					if (location.isEmpty()) {
						problems.add("rdap: " + uri.getHost() + " redirected nowhere");
						return Fetched.NOTHING;
					}
					try {
						return new Fetched(null, uri.resolve(location.get()));
					}
					catch (IllegalArgumentException e) {
						problems.add("rdap: " + uri.getHost() + " redirected to an address that is not one");
						return Fetched.NOTHING;
					}
				}
				if (status == 404) {
					problems.add("rdap: not found at " + uri.getHost());
					return Fetched.NOTHING;
				}
				if (status == 429) {
					problems.add("rdap: " + uri.getHost() + " asks to slow down (429)");
					return Fetched.NOTHING;
				}
				if (status != 200) {
					problems.add("rdap: " + uri.getHost() + " answered " + status);
					return Fetched.NOTHING;
				}
				// read one byte past the cap to tell a full answer from a cut one; never more
				byte[] bytes = body.readNBytes(maxBody + 1);
				if (bytes.length > maxBody) {
					problems.add("rdap: answer from " + uri.getHost() + " too large");
					return Fetched.NOTHING;
				}
				return new Fetched(json.readTree(bytes), null);
			}
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
		return Fetched.NOTHING;
	}

	private static String shortened(String text) {
		return LogSafe.encode(text.length() <= 100 ? text : text.substring(0, 100) + "…");
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
	static @Nullable Contact contact(JsonNode object, String role, List<String> problems) {
		for (JsonNode entity : object.path("entities")) {
			if (hasRole(entity, role)) {
				Contact contact = vcard(entity, problems);
				if (contact != null) {
					return contact;
				}
			}
			Contact nested = contact(entity, role, problems);
			if (nested != null) {
				return nested;
			}
		}
		return null;
	}

	/** The registrar's abuse contact (nested in the registrar entity), else its own email. */
	private static @Nullable Contact registrarContact(JsonNode domain, List<String> problems) {
		for (JsonNode entity : domain.path("entities")) {
			if (hasRole(entity, "registrar")) {
				String name = vcardField(entity, "fn");
				Contact abuse = contact(entity, "abuse", problems);
				if (abuse != null) {
					return new Contact(name != null ? name : abuse.name(), abuse.email());
				}
				Contact own = vcard(entity, problems);
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

	/**
	 * The entity's first email address that can go into a mail header as it is, as partner
	 * addresses must ({@link PlainEmail}); any other is left out, with a note, and logged escaped.
	 */
	private static @Nullable Contact vcard(JsonNode entity, List<String> problems) {
		for (JsonNode property : entity.path("vcardArray").path(1)) {
			if ("email".equals(property.path(0).asString("")) && property.size() >= 4) {
				String email = property.get(3).asString("").trim();
				if (PlainEmail.isPlain(email)) {
					return new Contact(vcardField(entity, "fn"), email);
				}
				if (!email.isEmpty()) {
					problems.add("rdap: an email address that is not plain was left out");
					log.warn("RDAP email address that is not plain left out: {}", shortened(email));
				}
			}
		}
		return null;
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
