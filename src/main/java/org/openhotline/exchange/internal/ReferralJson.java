package org.openhotline.exchange.internal;

import static org.openhotline.exchange.internal.DocumentJson.nullableText;
import static org.openhotline.exchange.internal.DocumentJson.object;
import static org.openhotline.exchange.internal.DocumentJson.root;
import static org.openhotline.exchange.internal.DocumentJson.text;
import static org.openhotline.exchange.internal.DocumentJson.texts;
import static org.openhotline.exchange.internal.DocumentJson.version;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.openhotline.exchange.ReferralDocument;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one serialisation of a referral: one line of UTF-8 JSON, fields in the schema's order,
 * no spaces, absent trace parts as {@code null}. What is signed is exactly these bytes, and
 * the receiver verifies the bytes it received before it reads them.
 */
public final class ReferralJson {

	private static final Set<String> TOP = Set.of("version", "sender", "sentAt", "addresses", "interpolClass", "trace");

	private static final Set<String> SENDER = Set.of("installation", "reference");

	private static final Set<String> TRACE = Set.of("country", "asn", "network", "addresses");

	private ReferralJson() {
	}

	public static byte[] write(ReferralDocument document) {
		ObjectNode root = DocumentJson.MAPPER.createObjectNode();
		root.put("version", document.version());
		ObjectNode sender = root.putObject("sender");
		sender.put("installation", document.installation());
		sender.put("reference", document.reference());
		root.put("sentAt", DateTimeFormatter.ISO_INSTANT.format(document.sentAt()));
		ArrayNode addresses = root.putArray("addresses");
		document.addresses().forEach(addresses::add);
		root.put("interpolClass", document.interpolClass());
		ObjectNode trace = root.putObject("trace");
		ReferralDocument.Trace t = document.trace();
		trace.put("country", t.country());
		trace.put("asn", t.asn());
		trace.put("network", t.network());
		ArrayNode traced = trace.putArray("addresses");
		t.addresses().forEach(traced::add);
		return DocumentJson.MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The document in these bytes; an {@link IllegalArgumentException} saying what is wrong else.
	 * The network's name is cleaned (the referral matters more than how its network is named).
	 */
	public static ReferralDocument read(byte[] body) {
		JsonNode root = root(body, TOP);
		int version = version(root);
		if (version != ReferralDocument.VERSION) {
			throw new IllegalArgumentException("version " + version + " is not known; this installation reads 1");
		}
		JsonNode sender = object(root.get("sender"), "sender", SENDER);
		JsonNode trace = object(root.get("trace"), "trace", TRACE);
		Instant sentAt;
		try {
			sentAt = Instant.parse(text(root, "sentAt"));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("sentAt is not a time");
		}
		JsonNode asn = trace.get("asn");
		if (asn != null && !asn.isNull() && !(asn.isIntegralNumber() && asn.canConvertToLong())) {
			throw new IllegalArgumentException("trace.asn is not a number");
		}
		return new ReferralDocument(version, text(sender, "installation"), text(sender, "reference"), sentAt,
				texts(root, "addresses"), text(root, "interpolClass"),
				new ReferralDocument.Trace(nullableText(trace, "country"),
						asn == null || asn.isNull() ? null : asn.asLong(),
						ReferralDocument.networkName(nullableText(trace, "network")),
						texts(trace, "addresses")));
	}
}
