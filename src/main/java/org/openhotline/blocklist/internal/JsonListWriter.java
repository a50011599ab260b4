package org.openhotline.blocklist.internal;

import java.io.OutputStream;

import org.openhotline.blocklist.ListItem;

import tools.jackson.core.JsonGenerator;

/** The list as one JSON object: the signed manifest, its fields, then the items. */
final class JsonListWriter implements ListWriter {

	private final JsonGenerator json;

	private final boolean withAddresses;

	JsonListWriter(OutputStream out, boolean withAddresses) {
		this.json = JsonItems.generator(out);
		this.withAddresses = withAddresses;
	}

	@Override
	public void start(SignedManifest signed) {
		Manifest manifest = signed.manifest();
		json.writeStartObject();
		JsonItems.signature(json, signed);
		json.writeStringProperty("list", manifest.list());
		json.writeNumberProperty("version", manifest.version());
		json.writeStringProperty("checksum", manifest.checksum());
		json.writeNumberProperty("entries", manifest.entries());
		json.writeStringProperty("time", JsonItems.time(manifest.time()));
		json.writeArrayPropertyStart("items");
	}

	@Override
	public void item(ListItem item) {
		json.writeStartObject();
		JsonItems.fields(json, item, withAddresses);
		json.writeEndObject();
	}

	@Override
	public void finish() {
		json.writeEndArray();
		json.writeEndObject();
		json.close();
	}
}
