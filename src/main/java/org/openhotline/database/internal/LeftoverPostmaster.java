package org.openhotline.database.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * A PostgreSQL that an earlier run left on the data directory: when only the JVM died
 * ({@code kill -9}, the OOM killer), its server goes on running, holds the directory, and
 * a new server cannot start on it. It is stopped (fast shutdown, then immediate), but only
 * when its {@code postmaster.pid} names a live process that is a PostgreSQL of this very
 * directory; a server of any other directory is never touched.
 */
final class LeftoverPostmaster {

	private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

	private static final int FAST_SHUTDOWN_SECONDS = 30;

	private LeftoverPostmaster() {
	}

	/** Called while this JVM holds the directory's lock, before its own server starts. */
	static void stopIfRunning(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		List<String> lines;
		try {
			lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException ex) {
			return;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + pidFile, ex);
		}
		long pid;
		try {
			pid = Long.parseLong(lines.isEmpty() ? "" : lines.get(0).strip());
		}
		catch (NumberFormatException ex) {
			// not a pid file PostgreSQL wrote; PostgreSQL itself says what is wrong
			return;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			// the whole tree died: PostgreSQL replaces a pid file whose process is gone
			return;
		}
		List<String> commandLine = commandLine(pid);
		if (commandLine.isEmpty()) {
			throw new IllegalStateException("Process " + pid + " named in " + pidFile + " is running and cannot be "
					+ "identified: if it is a PostgreSQL, stop it (pg_ctl stop -D " + dataDirectory + ") and start again.");
		}
		if (!isPostgres(commandLine.get(0)) && !commandLine.get(0).startsWith("postgres:")
				&& !process.get().info().command().map(LeftoverPostmaster::isPostgres).orElse(false)) {
			// a pid file left by a crash whose number another program now has
			log.warn("Removing {}: process {} it names is not a PostgreSQL", pidFile, pid);
			try {
				Files.deleteIfExists(pidFile);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot remove the stale " + pidFile, ex);
			}
			return;
		}
		Path itsDirectory = dataDirectoryOf(commandLine, lines);
		if (itsDirectory == null || !sameDirectory(itsDirectory, dataDirectory)) {
			throw new IllegalStateException("Process " + pid + " named in " + pidFile + " is a PostgreSQL of "
					+ itsDirectory + ", not of " + dataDirectory + ": it is left alone; remove the pid file if you "
					+ "are sure no server uses " + dataDirectory + ".");
		}
		log.warn("A PostgreSQL (pid {}) is still running on {}: an earlier run did not stop cleanly. "
				+ "Stopping it (fast shutdown) before starting again.", pid, dataDirectory);
		Path pgCtl = Path.of(commandLine.get(0)).resolveSibling(isWindows() ? "pg_ctl.exe" : "pg_ctl");
		if (!pgCtl(pgCtl, dataDirectory, "fast", FAST_SHUTDOWN_SECONDS) && process.get().isAlive()) {
			log.warn("The PostgreSQL (pid {}) did not stop within {} s: immediate shutdown (it recovers at start)", pid,
					FAST_SHUTDOWN_SECONDS);
			pgCtl(pgCtl, dataDirectory, "immediate", FAST_SHUTDOWN_SECONDS);
		}
		try {
			process.get().onExit().get(FAST_SHUTDOWN_SECONDS, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			throw new IllegalStateException("The PostgreSQL (pid " + pid + ") left running on " + dataDirectory
					+ " could not be stopped: stop it (pg_ctl stop -D " + dataDirectory + " -m fast) and start again.", ex);
		}
		log.info("The PostgreSQL left running on {} has stopped", dataDirectory);
	}

	private static List<String> commandLine(long pid) {
		Path proc = Path.of("/proc", Long.toString(pid), "cmdline");
		if (Files.isReadable(proc)) {
			try {
				String raw = new String(Files.readAllBytes(proc), StandardCharsets.UTF_8);
				return raw.isEmpty() ? List.of() : Arrays.asList(raw.split("\0"));
			}
			catch (IOException ex) {
				return List.of();
			}
		}
		// elsewhere (macOS, Windows) as far as the JDK can tell
		return ProcessHandle.of(pid).map(ProcessHandle::info).flatMap(info -> info.command().map(command -> {
			List<String> all = new ArrayList<>();
			all.add(command);
			all.addAll(Arrays.asList(info.arguments().orElse(new String[0])));
			return all;
		})).orElse(List.of());
	}

	private static boolean isPostgres(String executable) {
		Path name = Path.of(executable).getFileName();
		return name != null && (name.toString().equals("postgres") || name.toString().equals("postgres.exe"));
	}

	private static @Nullable Path dataDirectoryOf(List<String> commandLine, List<String> pidFileLines) {
		int d = commandLine.indexOf("-D");
		if (d >= 0 && d + 1 < commandLine.size()) {
			return Path.of(commandLine.get(d + 1));
		}
		// started with PGDATA: the pid file's second line is the directory as the server saw it
		return pidFileLines.size() > 1 ? Path.of(pidFileLines.get(1).strip()) : null;
	}

	private static boolean sameDirectory(Path a, Path b) {
		try {
			return a.isAbsolute() && Files.isSameFile(a, b);
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** pg_ctl refuses to run as root: as root it runs in a user namespace, as the embedded server itself does. */
	private static boolean pgCtl(Path pgCtl, Path dataDirectory, String mode, int seconds) {
		List<String> command = new ArrayList<>();
		if (LinuxUtils.isUnshareAvailable()) {
			command.addAll(List.of("unshare", "-U"));
		}
		command.addAll(List.of(pgCtl.toString(), "stop", "-D", dataDirectory.toString(), "-m", mode, "-t",
				Integer.toString(seconds), "-w"));
		try {
			Process stop = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!stop.waitFor(seconds + 10L, TimeUnit.SECONDS)) {
				stop.destroyForcibly();
				return false;
			}
			return stop.exitValue() == 0;
		}
		catch (IOException ex) {
			log.warn("Cannot run {}: {}", pgCtl, ex.getMessage());
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean isWindows() {
		return System.getProperty("os.name", "").startsWith("Windows");
	}
}
