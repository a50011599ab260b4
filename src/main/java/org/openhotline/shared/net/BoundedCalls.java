package org.openhotline.shared.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

/**
 * A call to an address this application sends to (a callback, a partner's endpoint), bounded:
 * the whole answer within one deadline and at most so many bytes of its body. The request's own
 * timeout ends with the answer's headers; a receiver that then sends its body slowly, or
 * without end, would hold the calling thread for ever.
 */
public final class BoundedCalls {

	/** The status and the first bytes of the body (at most the cap). */
	public record Answer(int status, byte[] body) {
	}

	private BoundedCalls() {
	}

	/** A client for such calls: redirects never followed (a receiver could send it anywhere). */
	public static HttpClient client(Duration connectTimeout) {
		return HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** An {@link HttpTimeoutException} when the whole answer did not come within the deadline. */
	public static Answer send(HttpClient http, HttpRequest request, Duration deadline, int maxBodyBytes)
			throws IOException, InterruptedException {
		CompletableFuture<HttpResponse<byte[]>> answer = http.sendAsync(request, info -> new Capped(maxBodyBytes));
		try {
			HttpResponse<byte[]> response = answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
			return new Answer(response.statusCode(), response.body());
		}
		catch (TimeoutException ex) {
			answer.cancel(true);
			throw new HttpTimeoutException("no whole answer within " + deadline);
		}
		catch (InterruptedException ex) {
			answer.cancel(true);
			throw ex;
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof IOException io ? io : new IOException(ex.getCause());
		}
	}

	/** Keeps the first bytes of the body and stops reading (the connection is closed) past the cap. */
	private static final class Capped implements HttpResponse.BodySubscriber<byte[]> {

		private final int max;

		private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

		private final CompletableFuture<byte[]> body = new CompletableFuture<>();

		private Flow.@Nullable Subscription subscription;

		Capped(int max) {
			this.max = max;
		}

		@Override
		public CompletionStage<byte[]> getBody() {
			return body;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			subscription.request(1);
		}

		@Override
		public void onNext(List<ByteBuffer> buffers) {
			for (ByteBuffer buffer : buffers) {
				int take = Math.min(buffer.remaining(), max - kept.size());
				byte[] bytes = new byte[take];
				buffer.get(bytes);
				kept.write(bytes, 0, take);
			}
			Flow.Subscription current = subscription;
			if (current == null) {
				return;
			}
			if (kept.size() >= max) {
				current.cancel();
				body.complete(kept.toByteArray());
			}
			else {
				current.request(1);
			}
		}

		@Override
		public void onError(Throwable error) {
			body.completeExceptionally(error);
		}

		@Override
		public void onComplete() {
			body.complete(kept.toByteArray());
		}
	}
}
