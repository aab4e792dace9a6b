-- wrk script: posts pre-signed Stripe events, each one once. WD_EVENTS names a file with one
-- event per line ("<Stripe-Signature>\t<payload>"); WD_PATH is the receiver's path. Thread i of
-- WD_THREADS posts events i, i+n, i+2n, ..., so no two requests carry the same event. With WD_RATE
-- (events per second over all WD_CONNECTIONS), each connection waits between requests to hold it.

local events_file = os.getenv("WD_EVENTS")
local path = os.getenv("WD_PATH")
local rate = tonumber(os.getenv("WD_RATE") or "0")
local connections = tonumber(os.getenv("WD_CONNECTIONS") or "1")
local stride = tonumber(os.getenv("WD_THREADS") or "1")
if events_file == nil or path == nil then
  error("WD_EVENTS and WD_PATH must be set")
end

local thread_count = 0

function setup(thread)
  thread:set("thread_index", thread_count)
  thread_count = thread_count + 1
end

local requests = {}
local next_index = 1

function init(args)
  local index = 0
  for line in io.lines(events_file) do
    if index % stride == thread_index then
      local tab = line:find("\t", 1, true)
      local headers = { ["Content-Type"] = "application/json", ["Stripe-Signature"] = line:sub(1, tab - 1) }
      requests[#requests + 1] = wrk.format("POST", path, headers, line:sub(tab + 1))
    end
    index = index + 1
  end
end

function request()
  local r = requests[next_index]
  if r == nil then
    error("ran out of events; generate more")
  end
  next_index = next_index + 1
  return r
end

function delay()
  if rate <= 0 then
    return 0
  end
  return 1000 * connections / rate
end
