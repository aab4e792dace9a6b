-- wrk script: posts pre-signed Stripe events, each one once. WD_EVENTS names a file with one
-- event per line ("<Stripe-Signature>\t<payload>"); WD_PATH is the receiver's path. Thread i of
-- WD_THREADS posts events i, i+n, i+2n, ..., so no two requests carry the same event.
--
-- With WD_RATE (events per second over all threads), each thread keeps a schedule of send slots
-- rate/threads apart and delays a connection's next request until the next free slot. The
-- schedule runs on the clock, not on responses: a slow answer does not slow the offered rate as
-- long as other connections are free, unlike a fixed pause after each response, which undershoots
-- by the latency. wrk's own clock is not exposed to scripts, so LuaJIT's FFI reads CLOCK_MONOTONIC.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } wd_timespec;
  int clock_gettime(int clock_id, wd_timespec *tp);
]]
local CLOCK_MONOTONIC = 1
local now_spec = ffi.new("wd_timespec")

local function now_ms()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, now_spec)
  return tonumber(now_spec.tv_sec) * 1000 + tonumber(now_spec.tv_nsec) / 1e6
end

local events_file = os.getenv("WD_EVENTS")
local path = os.getenv("WD_PATH")
local rate = tonumber(os.getenv("WD_RATE") or "0")
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
local interval_ms = rate > 0 and 1000 * stride / rate or 0
local next_slot_ms = nil

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

-- Called after each response: how long this connection waits before its next request.
function delay()
  if rate <= 0 then
    return 0
  end
  local now = now_ms()
  if next_slot_ms == nil then
    next_slot_ms = now
  end
  next_slot_ms = next_slot_ms + interval_ms
  return math.max(0, next_slot_ms - now)
end
