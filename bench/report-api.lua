-- wrk script: POST /api/v1/reports, each request a report of 100 addresses never sent before
-- (thread id, request number, position). KEY: a key with the reports scope.
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  n = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("KEY")
end

function request()
  n = n + 1
  local urls = {}
  for i = 1, 100 do
    urls[i] = '"https://example.com/bench/' .. id .. '/' .. n .. '/' .. i .. '.jpg"'
  end
  local body = '{"addresses":[' .. table.concat(urls, ",") .. '],"seen":"images","found":"website","reference":"B-'
      .. id .. '-' .. n .. '"}'
  return wrk.format(nil, "/api/v1/reports", nil, body)
end

function response(status, headers, body)
  if status ~= 201 then
    errors_seen = (errors_seen or 0) + 1
  end
end
