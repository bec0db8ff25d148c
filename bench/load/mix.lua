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

-- survey saves: each thread takes every n-th row of the pool. A row is saved with the version the
-- last stored save left (read back from the redirect's row id), and never while a save of it is
-- still unanswered (think time delays a request after it is made), so no save is refused as stale
-- by the test's own doing; load.sh checks afterwards that every save answered "stored" is stored
local threads = {}
setup = function(thread)
  table.insert(threads, thread)
  thread:set("thread_no", #threads)
end

local rows, by_id, next_row = {}, {}, 0
saves = 0 -- a global: done() reads it from each thread
init = function(args)
  local no, count = thread_no or 1, 2 -- load.sh runs wrk with -t2
  for i, r in ipairs(data.survey or {}) do
    if (i - 1) % count == no - 1 then
      local row = {campaign = r.campaign, row = r.row, version = r.version, busy = false}
      table.insert(rows, row)
      by_id[tostring(r.row)] = row
    end
  end
end

local function free_row()
  for _ = 1, #rows do
    next_row = next_row % #rows + 1
    if not rows[next_row].busy then return rows[next_row] end
  end
  return nil
end

local incomes = {"850000", "1200000", "1450000", "1800000", "2600000", "4100000"}
local function survey_body(version)
  return "version=" .. version .. "&area=RURAL&incomePerCapita=" .. pick(incomes) .. "&laborCapacity=true"
    .. "&ticksGiven=true&tick=HEALTH_INSURANCE" .. (math.random(2) == 1 and "&tick=HOUSING_QUALITY" or "")
    .. "&members%5B0%5D.name=Nguy%E1%BB%85n+V%C4%83n+T%E1%BA%A3i&members%5B0%5D.relation=HEAD&members%5B0%5D.age=44"
    .. "&members%5B0%5D.sex=M&members%5B0%5D.ethnicity=Kinh"
    .. "&members%5B1%5D.name=L%C3%AA+Th%E1%BB%8B+Hoa&members%5B1%5D.relation=SPOUSE&members%5B1%5D.age=41"
    .. "&members%5B1%5D.sex=F&members%5B1%5D.ethnicity=Kinh"
end

request = function()
  local s = pick(data.sessions)
  local headers = {["Cookie"] = "JSESSIONID=" .. s.cookie}
  local r = math.random(100)
  if r <= 40 then
    return wrk.format("GET", "/households?q=" .. pick(names) .. "&page=" .. math.random(0, 3), headers)
  elseif r <= 70 then
    return wrk.format("GET", "/households/" .. pick(data.households), headers)
  elseif r <= 85 and free_row() ~= nil then
    local target = rows[next_row]
    local body = survey_body(target.version)
    target.busy = true
    saves = saves + 1
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    headers["X-CSRF-TOKEN"] = s.csrf
    return wrk.format("POST", "/reviews/" .. target.campaign .. "/households/" .. target.row, headers, body)
  else
    return wrk.format("GET", pick(data.reports), headers)
  end
end

-- a stored save answers with a redirect to "?saved"; a refused one (stale version, invalid form)
-- re-shows the form with a card marked data-testid="conflict" or a list of problems
saved, refused = 0, 0 -- globals, read by done()
response = function(status, headers, body)
  local location = headers["Location"] or headers["location"]
  local id = location and location:match("/households/(%d+)%?saved")
  if id ~= nil then
    saved = saved + 1
    local row = by_id[id]
    if row ~= nil then row.version = row.version + 1; row.busy = false end
  elseif status == 200 and body ~= nil and (body:find('data-testid="conflict"', 1, true) or body:find('class="card error"', 1, true)) then
    refused = refused + 1
    local form = body:match('action="/reviews/%d+/households/(%d+)"')
    if form ~= nil and by_id[form] ~= nil then by_id[form].busy = false end
  end
end

done = function(summary, latency, requests)
  local sent, ok, no = 0, 0, 0
  for _, t in ipairs(threads) do
    sent = sent + (t:get("saves") or 0)
    ok = ok + (t:get("saved") or 0)
    no = no + (t:get("refused") or 0)
  end
  io.write(string.format("SAVES sent=%d saved=%d refused=%d\n", sent, ok, no))
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout + no
  io.write(string.format("LOAD requests=%d duration_s=%.1f throughput_rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors))
end
