package org.openhotline.database.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A server left on the data directory is stopped; nothing else is touched. */
class LeftoverPostmasterTests {

	@Test
	void aServerOfThisDirectoryIsStoppedAndOneOfAnotherIsLeftAlone(@TempDir Path temp) throws IOException {
		Path ours = temp.resolve("ours");
		Path other = temp.resolve("other");
		Files.createDirectories(other);
		EmbeddedPostgres left = EmbeddedPostgres.builder()
			.setDataDirectory(ours)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start();
		try {
			List<String> pidFile = Files.readAllLines(ours.resolve("postmaster.pid"));
			ProcessHandle server = ProcessHandle.of(Long.parseLong(pidFile.get(0))).orElseThrow();
			// a copy naming the live server of "ours"
			Files.write(other.resolve("postmaster.pid"), pidFile);

			assertThatIllegalStateException().isThrownBy(() -> LeftoverPostmaster.stopIfRunning(other))
				.withMessageContaining("left alone");
			assertThat(server.isAlive()).isTrue();

			LeftoverPostmaster.stopIfRunning(ours);

			assertThat(server.isAlive()).isFalse();
			assertThat(ours.resolve("postmaster.pid")).doesNotExist();
		}
		finally {
			left.close();
		}
	}

	@Test
	void aPidFileNamingAProcessThatIsNoPostgresIsRemoved(@TempDir Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		Files.writeString(pidFile, ProcessHandle.current().pid() + "\n" + directory + "\n");

		LeftoverPostmaster.stopIfRunning(directory);

		assertThat(pidFile).doesNotExist();
		assertThat(ProcessHandle.current().isAlive()).isTrue();
	}

	@Test
	void aPidFileOfAProcessThatIsGoneIsLeftToPostgres(@TempDir Path directory) throws IOException, InterruptedException {
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor();
		Path pidFile = directory.resolve("postmaster.pid");
		Files.writeString(pidFile, gone.pid() + "\n" + directory + "\n");

		LeftoverPostmaster.stopIfRunning(directory);

		assertThat(pidFile).exists();
	}
}
