-- Module reportapi: how an organisation's callbacks fare, shown to administrators, read per organisation.
CREATE INDEX report_api_callback_organisation_idx ON report_api_callback (organisation_id, state);
