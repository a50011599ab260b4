/**
 * The database infrastructure: the embedded PostgreSQL of a fresh machine (and its generated
 * secrets), the event publication registry's repository, and writes that commit without
 * waiting for the disk ({@link org.openhotline.database.AsyncCommitJdbc}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database infrastructure", allowedDependencies = {})
@NullMarked
package org.openhotline.database;

import org.jspecify.annotations.NullMarked;
