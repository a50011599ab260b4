-- wrk script: every request is a report made with its own form token.
-- The tokens come from TOKENS_FILE (one per line), split between wrk's threads.
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  tokens = {}
  local n = 0
  local i = 0
  for line in io.lines(os.getenv("TOKENS_FILE")) do
    if i % tonumber(os.getenv("WRK_THREADS")) == id then
      n = n + 1
      tokens[n] = line
    end
    i = i + 1
  end
  next_token = 1
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  path = os.getenv("REPORT_PATH") or "/ml/en/report"
end

local function enc(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  local token = tokens[next_token]
  if token == nil then
    return wrk.format("GET", "/exhausted-tokens")
  end
  next_token = next_token + 1
  local body = "token=" .. enc(token) .. "&url=" .. enc("https://example.com/bench/" .. id .. "/" .. next_token)
      .. "&seen=IMAGES&found=WEBSITE"
  return wrk.format(nil, path, nil, body)
end

function response(status, headers, body)
  if status ~= 200 then
    errors_seen = (errors_seen or 0) + 1
  end
end
