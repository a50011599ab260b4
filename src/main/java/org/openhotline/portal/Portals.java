package org.openhotline.portal;

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
 * portal, and portals change rarely. Each node reloads them every minute (and on start),
 * so an edit made on one node reaches all nodes within a minute.
 */
@Service
public class Portals {

	private final PortalRepository repository;

	private volatile Map<String, Portal> bySlug = Map.of();

	Portals(PortalRepository repository) {
		this.repository = repository;
	}

	@Scheduled(fixedDelayString = "${openhotline.portal.reload-interval:PT1M}")
	public void reload() {
		bySlug = repository.findAll()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Portal::slug, Function.identity()));
	}

	/** A portal the public may see: live. */
	public Optional<Portal> findLive(String slug) {
		if (bySlug.isEmpty()) {
			reload();
		}
		return Optional.ofNullable(bySlug.get(slug)).filter(Portal::isLive);
	}

	public List<Portal> live() {
		if (bySlug.isEmpty()) {
			reload();
		}
		return bySlug.values().stream().filter(Portal::isLive).sorted(java.util.Comparator.comparing(Portal::slug)).toList();
	}
}
