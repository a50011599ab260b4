-- wrk script: the bare one-row insert.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "value=bench"
