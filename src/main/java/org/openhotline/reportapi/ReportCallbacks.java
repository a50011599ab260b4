package org.openhotline.reportapi;

import java.util.Optional;

import org.openhotline.organisations.ApiCallback;
import org.openhotline.organisations.ApiCallbacks;
import org.openhotline.organisations.ApiCaller;
import org.openhotline.reportapi.internal.CallbackProperties;
import org.openhotline.reportapi.internal.WebhookSigner;
import org.openhotline.shared.net.HttpsTargets;
import org.springframework.stereotype.Service;

/**
 * An organisation's callback for its API reports: registered (https, at a public address),
 * replaced with a new secret each time, shown without its secret, removed.
 */
@Service
public class ReportCallbacks {

	public sealed interface Outcome {
	}

	/** {@code secret}: {@code whsec_…}, shown this once. */
	public record Registered(String secret) implements Outcome {
	}

	public record Refused(HttpsTargets.Refusal refusal) implements Outcome {
	}

	private final ApiCallbacks callbacks;

	private final HttpsTargets targets;

	ReportCallbacks(ApiCallbacks callbacks, CallbackProperties properties) {
		this.callbacks = callbacks;
		this.targets = new HttpsTargets(properties.allowedInsecureEndpoints());
	}

	public Outcome register(ApiCaller caller, String url) {
		String address = url.strip();
		Optional<HttpsTargets.Refusal> refusal = targets.refusal(address);
		if (refusal.isPresent()) {
			return new Refused(refusal.get());
		}
		byte[] secret = WebhookSigner.newSecret();
		callbacks.register(caller.organisation(), address, secret, actor(caller));
		return new Registered(WebhookSigner.shown(secret));
	}

	public Optional<ApiCallback> of(ApiCaller caller) {
		return callbacks.of(caller.organisation());
	}

	public boolean remove(ApiCaller caller) {
		return callbacks.remove(caller.organisation(), actor(caller));
	}

	/** The organisation by its API key (the audit trail's actor has at most 200 characters). */
	private static String actor(ApiCaller caller) {
		String actor = "api:" + caller.name();
		return actor.length() <= 200 ? actor : actor.substring(0, 200);
	}
}
