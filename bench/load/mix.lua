-- wrk script: 100 logged-in sessions mixing household search, household view, survey save and
-- report view. Sessions, household ids and targets come from sessions.lua, written by load.sh.
-- Each request picks a session at random, so every connection acts for many logged-in users.
local data = dofile(os.getenv("LOAD_DATA") or "bench/load/sessions.lua")
local names = {"nguyen", "tran", "le", "pham", "hoang", "vu", "dang", "bui", "do", "ho", "thi", "van"}
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))

local function pick(list) return list[math.random(#list)] end

-- think time: a person reads a page before the next click (0.5–1.5 s, mean 1 s), so 100 sessions
-- make about 100 requests a second; LOAD_THINK_MS=0 removes it (a closed loop at full speed)
local think = tonumber(os.getenv("LOAD_THINK_MS") or "1000")
delay = function()
  if think <= 0 then return 0 end
  return math.random(math.floor(think / 2), math.floor(think * 3 / 2))
end

request = function()
  local s = pick(data.sessions)
  local headers = {["Cookie"] = "JSESSIONID=" .. s.cookie}
  local r = math.random(100)
  if r <= 40 then
    return wrk.format("GET", "/households?q=" .. pick(names) .. "&page=" .. math.random(0, 3), headers)
  elseif r <= 70 then
    return wrk.format("GET", "/households/" .. pick(data.households), headers)
  elseif r <= 85 and data.survey ~= nil then
    local target = pick(data.survey)
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    headers["X-CSRF-TOKEN"] = s.csrf
    return wrk.format("POST", target.path, headers, target.body)
  else
    return wrk.format("GET", pick(data.reports), headers)
  end
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("LOAD requests=%d duration_s=%.1f throughput_rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors))
end
