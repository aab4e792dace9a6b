-- wrk script: cycles GET requests through the paths listed (one a line) in the file named by
-- the WD_PATHS environment variable. Used for both the single-tenant run (a file with one path)
-- and the round-robin run (a file with every tenant's path), so both pay the same Lua cost.
-- Requests are formatted once per thread; each thread starts at a different offset.

local paths_file = os.getenv("WD_PATHS")
if paths_file == nil or paths_file == "" then
  error("WD_PATHS must name a file of request paths")
end

local thread_count = 0

function setup(thread)
  thread:set("thread_index", thread_count)
  thread_count = thread_count + 1
end

local requests = {}
local next_index = 1

function init(args)
  for path in io.lines(paths_file) do
    if path ~= "" then
      requests[#requests + 1] = wrk.format("GET", path)
    end
  end
  if #requests == 0 then
    error("no paths in " .. paths_file)
  end
  -- Spread the threads over the list so they do not hit the same tenant in lockstep.
  next_index = ((thread_index or 0) * math.floor(#requests / 2)) % #requests + 1
end

function request()
  local r = requests[next_index]
  next_index = next_index % #requests + 1
  return r
end
