-- wrk script: POST /api/v1/url-list/lookup with prebuilt bodies, one JSON body a line in
-- BODIES_FILE, each thread going round them from its own starting line. KEY: the member's key.
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  bodies = {}
  for line in io.lines(os.getenv("BODIES_FILE")) do
    bodies[#bodies + 1] = line
  end
  next_body = (id * 97) % #bodies + 1
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("KEY")
end

function request()
  local body = bodies[next_body]
  next_body = next_body % #bodies + 1
  return wrk.format(nil, "/api/v1/url-list/lookup", nil, body)
end
