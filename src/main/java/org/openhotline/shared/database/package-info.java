/**
 * The database: the embedded PostgreSQL of a fresh machine, the event publication registry's
 * repository, and writes that commit without waiting for the disk ({@link AsyncCommitJdbc}).
 */
@NullMarked
@NamedInterface("database")
package org.openhotline.shared.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
