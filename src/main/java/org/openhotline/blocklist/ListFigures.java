package org.openhotline.blocklist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.openhotline.blocklist.internal.BlocklistProperties;
import org.openhotline.blocklist.internal.FiguresStore;
import org.openhotline.blocklist.internal.ListStore;
import org.openhotline.organisations.OrganisationId;
import org.openhotline.organisations.OrganisationView;
import org.openhotline.organisations.Organisations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** What the back office shows of the list: its current version, its figures, its members' freshness. */
@Service
public class ListFigures {

	private final FiguresStore figures;

	private final ListStore store;

	private final Organisations organisations;

	private final BlocklistProperties properties;

	private final Clock clock;

	ListFigures(FiguresStore figures, ListStore store, Organisations organisations, BlocklistProperties properties,
			Clock clock) {
		this.figures = figures;
		this.store = store;
		this.organisations = organisations;
		this.properties = properties;
		this.clock = clock;
	}

	/** The current version's manifest; empty before the first version is made. */
	@Transactional(readOnly = true)
	public Optional<ListManifest> current() {
		return store.version(store.head().version(), properties.name()).map(signed -> {
			var m = signed.manifest();
			return new ListManifest(m.list(), m.version(), m.checksum(), m.entries(), m.time(), signed.json(),
					signed.signature(), m.keyId());
		});
	}

	/** The figures of the UTC days from {@code from} to {@code to}, both included. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ListPeriodFigures period(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The period ends before it starts: " + from + " to " + to);
		}
		Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		Map<LocalDate, FiguresStore.DayCount> counted = figures.changesPerDay(start, end)
			.stream()
			.collect(Collectors.toMap(FiguresStore.DayCount::day, Function.identity()));
		List<ListPeriodFigures.Day> days = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			FiguresStore.DayCount count = counted.get(day);
			days.add(new ListPeriodFigures.Day(day, count == null ? 0 : count.additions(),
					count == null ? 0 : count.removals()));
		}
		FiguresStore.ToFirstFetch fetch = figures.toFirstFetch(start, end);
		long items = current().map(ListManifest::entries).orElse(0L);
		return new ListPeriodFigures(from, to, items, figures.listedEntries(), days, fetch.listed(), fetch.fetched(),
				fetch.median());
	}

	/** Every organisation of the directory with the freshness of its copy, in the directory's order. */
	@Transactional(readOnly = true)
	public List<ListMember> members() {
		List<OrganisationView> all = organisations.all();
		List<MemberFreshness> freshness = freshness(all.stream().map(OrganisationView::id).toList());
		List<ListMember> members = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			members.add(new ListMember(all.get(i), freshness.get(i)));
		}
		return members;
	}

	/** The freshness of each of these organisations' copies now, in the order given. */
	@Transactional(readOnly = true)
	public List<MemberFreshness> freshness(Collection<OrganisationId> organisations) {
		Instant staleBefore = clock.instant().minus(properties.staleAfter());
		long current = store.head().version();
		Map<UUID, FiguresStore.Fetch> fetches = figures
			.fetches(organisations.stream().map(OrganisationId::value).distinct().toList())
			.stream()
			.collect(Collectors.toMap(FiguresStore.Fetch::organisation, Function.identity()));
		return organisations.stream().map(id -> {
			FiguresStore.Fetch fetch = fetches.get(id.value());
			if (fetch == null) {
				return new MemberFreshness(id, null, null, current, true);
			}
			return new MemberFreshness(id, fetch.lastVersion(), fetch.lastFetchedAt(),
					Math.max(0, current - fetch.lastVersion()), fetch.lastFetchedAt().isBefore(staleBefore));
		}).toList();
	}

	/** A member that has not fetched for longer is stale. */
	public Duration staleAfter() {
		return properties.staleAfter();
	}
}
