package org.openhotline.takedown;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openhotline.takedown.internal.NoticeMails;
import org.openhotline.takedown.internal.TakedownProperties;
import org.openhotline.takedown.internal.TakedownRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The analysts' takedown list: open cases, those due for a check, and mails given up. */
@Service
public class TakedownWork {

	/** A case waiting for removal, and whether a check is due. */
	public record OpenCase(TakedownCase kase, boolean checkDue) {
	}

	private final TakedownRepository cases;

	private final NoticeMails mails;

	private final TakedownProperties properties;

	private final Clock clock;

	TakedownWork(TakedownRepository cases, NoticeMails mails, TakedownProperties properties, Clock clock) {
		this.cases = cases;
		this.mails = mails;
		this.properties = properties;
		this.clock = clock;
	}

	public List<OpenCase> open(int limit) {
		Instant dueBefore = clock.instant().minus(properties.renoticeInterval());
		return cases.open(limit)
			.stream()
			.map(c -> new OpenCase(c, c.firstNoticeAt() != null
					&& (c.lastCheckedAt() == null ? c.firstNoticeAt() : c.lastCheckedAt()).isBefore(dueBefore)))
			.toList();
	}

	public List<NoticeMail> givenUp(int limit) {
		return mails.givenUp(limit);
	}

	public List<NoticeMail> mailsOf(UUID actionId) {
		return mails.ofAction(actionId);
	}

	@Transactional
	public boolean retry(UUID mailId) {
		return mails.retry(mailId, clock.instant());
	}
}
