package org.openhotline.takedown.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.openhotline.takedown.ActionKind;
import org.openhotline.takedown.TakedownAction;
import org.openhotline.takedown.TakedownCase;
import org.openhotline.tracing.HostingTrace;
import org.springframework.stereotype.Component;

/** Writes a notice or referral in its recipient's language and puts it in the outbox. */
@Component
public class Notices {

	private final NoticeComposer composer;

	private final NoticeMails mails;

	Notices(NoticeComposer composer, NoticeMails mails) {
		this.composer = composer;
		this.mails = mails;
	}

	/** The first mail of a new action: a notice to a host, else a referral. */
	public void first(TakedownAction action, TakedownCase kase, HostingTrace trace, Instant now) {
		write(action.kind() == ActionKind.HOST_NOTICE ? MailKind.NOTICE : MailKind.REFERRAL, action, kase, trace, null,
				now);
	}

	/** A mail a clock calls for, which recalls the first notice. */
	void later(Takedown.Mail mail, TakedownCase kase, @Nullable HostingTrace trace, Instant now) {
		write(mail.kind(), mail.action(), kase, trace, kase.firstNoticeAt(), now);
	}

	private void write(MailKind kind, TakedownAction action, TakedownCase kase, @Nullable HostingTrace trace,
			@Nullable Instant firstNoticeAt, Instant now) {
		mails.enqueue(action, kind, composer.compose(kind, action, kase, trace, firstNoticeAt), now);
	}
}
