package org.openhotline.portal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.openhotline.portal.internal.PortalRepository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The portals, read from the database and kept in memory: every public page needs its
 * portal, and portals change rarely. Each node reloads them every 30 seconds (and on start),
 * so an edit made on one node reaches all nodes within a minute; the node that saved the
 * edit reloads at once.
 */
@Service
public class Portals {

	private final PortalRepository repository;

	private volatile Map<String, Portal> bySlug = Map.of();

	Portals(PortalRepository repository) {
		this.repository = repository;
	}

	@Scheduled(fixedDelayString = "${openhotline.portal.reload-interval:PT30S}")
	public void reload() {
		bySlug = repository.findAll()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Portal::slug, Function.identity()));
	}

	/** A portal the public may see: live. */
	public Optional<Portal> findLive(String slug) {
		return find(slug).filter(Portal::isLive);
	}

	/** A portal whose pages the public reaches: live, or suspended (its pages then say so). */
	public Optional<Portal> findPublic(String slug) {
		return find(slug).filter(p -> p.isLive() || p.isSuspended());
	}

	/** Any portal, drafts included: for administrators. */
	public Optional<Portal> find(String slug) {
		return Optional.ofNullable(current().get(slug));
	}

	public List<Portal> live() {
		return all().stream().filter(Portal::isLive).toList();
	}

	/** Every portal, drafts and suspended ones included, by address. */
	public List<Portal> all() {
		return current().values().stream().sorted(Comparator.comparing(Portal::slug)).toList();
	}

	private Map<String, Portal> current() {
		if (bySlug.isEmpty()) {
			reload();
		}
		return bySlug;
	}
}
