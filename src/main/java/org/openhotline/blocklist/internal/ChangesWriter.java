package org.openhotline.blocklist.internal;

import java.io.OutputStream;
import java.util.List;

import org.openhotline.blocklist.Change;

import tools.jackson.core.JsonGenerator;

/** The answer to {@code changes?since=V}: the steps from V to the signed version, or a reset. */
public final class ChangesWriter {

	private ChangesWriter() {
	}

	public static void write(SignedManifest signed, long from, List<Change> changes, boolean withAddresses,
			OutputStream out) {
		JsonGenerator json = start(signed, from, false, out);
		for (Change change : changes) {
			json.writeStartObject();
			json.writeStringProperty("op", change.op().wireName());
			if (change.op() == Change.Op.ADD) {
				JsonItems.compactFields(json, change.item(), withAddresses);
			}
			else {
				json.writeStringProperty("sha256", change.item().sha256());
			}
			json.writeEndObject();
		}
		finish(json);
	}

	/** For a member further behind than the change log reaches. */
	public static void writeReset(SignedManifest signed, long from, OutputStream out) {
		finish(start(signed, from, true, out));
	}

	private static JsonGenerator start(SignedManifest signed, long from, boolean reset, OutputStream out) {
		JsonGenerator json = JsonItems.generator(out);
		json.writeStartObject();
		JsonItems.signature(json, signed);
		json.writeNumberProperty("from", from);
		json.writeNumberProperty("version", signed.manifest().version());
		json.writeStringProperty("checksum", signed.manifest().checksum());
		json.writeNumberProperty("entries", signed.manifest().entries());
		json.writeBooleanProperty("reset", reset);
		if (reset) {
			json.writeStringProperty("detail", "Version " + from
					+ " is older than the changes kept: fetch the whole list (GET /api/v1/url-list), then ask for the changes since its version.");
		}
		json.writeArrayPropertyStart("changes");
		return json;
	}

	private static void finish(JsonGenerator json) {
		json.writeEndArray();
		json.writeEndObject();
		json.close();
	}
}
