package org.openhotline.triage.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openhotline.triage.CaseStatus;
import org.openhotline.triage.QueueFilter;

/**
 * The queue's filter bar as sent (GET): what is not a known choice is left out rather than
 * refused, since a filter is only a view. {@code olderThan} is one of the fixed ages or
 * {@code aged}, the configured age past which a case is marked.
 */
class QueueFilterForm {

	static final List<String> AGES = List.of("PT1H", "PT24H", "P7D");

	static final String AGED = "aged";

	private static final int MAX_PORTALS = 50;

	private List<String> portal = new ArrayList<>();

	private String status = "";

	private String olderThan = "";

	private boolean mine;

	private boolean unclaimed;

	QueueFilter toFilter(Duration agedAfter) {
		List<String> portals = portal.stream().filter(p -> p.matches("[a-z][a-z0-9-]{1,31}")).distinct().limit(MAX_PORTALS).toList();
		Duration age = AGES.contains(olderThan) ? Duration.parse(olderThan) : AGED.equals(olderThan) ? agedAfter : null;
		return new QueueFilter(portals, parseStatus(status), age, mine, unclaimed);
	}

	/**
	 * The form showing a filter (kept in the session): the configured age shows as {@code aged}
	 * (also when a fixed age is the same), an age that is not a choice as none.
	 */
	static QueueFilterForm of(QueueFilter filter, Duration agedAfter) {
		QueueFilterForm form = new QueueFilterForm();
		form.portal = new ArrayList<>(filter.portals());
		form.status = filter.status() == null ? "" : filter.status().name();
		Duration age = filter.olderThan();
		form.olderThan = age == null ? "" : age.equals(agedAfter) ? AGED
				: AGES.stream().filter(a -> Duration.parse(a).equals(age)).findFirst().orElse("");
		form.mine = filter.mine();
		form.unclaimed = filter.unclaimed();
		return form;
	}

	private static @Nullable CaseStatus parseStatus(String status) {
		try {
			CaseStatus parsed = CaseStatus.valueOf(status);
			return parsed.isOpen() ? parsed : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public List<String> getPortal() {
		return portal;
	}

	public void setPortal(List<String> portal) {
		this.portal = portal.size() > MAX_PORTALS ? new ArrayList<>(portal.subList(0, MAX_PORTALS)) : portal;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getOlderThan() {
		return olderThan;
	}

	public void setOlderThan(String olderThan) {
		this.olderThan = olderThan;
	}

	public boolean isMine() {
		return mine;
	}

	public void setMine(boolean mine) {
		this.mine = mine;
	}

	public boolean isUnclaimed() {
		return unclaimed;
	}

	public void setUnclaimed(boolean unclaimed) {
		this.unclaimed = unclaimed;
	}
}
