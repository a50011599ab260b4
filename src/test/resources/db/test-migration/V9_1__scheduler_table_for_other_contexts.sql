-- Tests only. Every Spring context of a test run is a "node" on one database. The contexts
-- with the hosting fixtures send mail to GreenMail; the others have no SMTP server and
-- would log the mails instead if they picked the outbox run. So the others keep their
-- schedules in a table of their own (db-scheduler.table-name in the test configuration).
CREATE TABLE scheduled_tasks_other_contexts (LIKE scheduled_tasks INCLUDING ALL);
