-- wrk script for benchmarks/http-load.sh: POSTs the sample cases in turn to /api/v1/checks and prints one RESULT line.
-- Each wrk thread stops itself after MAX_REQUESTS responses, so a run is bounded in count as well as by -d.
local dir = os.getenv("SAMPLES_DIR")
local max = tonumber(os.getenv("MAX_REQUESTS") or "1000000")
local files = { "compliant-2022.json", "hearing-not-offered.json", "draft-major-decision.json" }
local requests = {}
local index = 0
local done_count = 0

init = function(args)
  for i, name in ipairs(files) do
    local f = assert(io.open(dir .. "/" .. name, "r"))
    local body = f:read("*a")
    f:close()
    requests[i] = wrk.format("POST", "/api/v1/checks?asOf=2024-11-01",
      { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, body)
  end
end

request = function()
  index = index % #requests + 1
  return requests[index]
end

response = function(status, headers, body)
  done_count = done_count + 1
  if done_count >= max then
    wrk.thread:stop()
  end
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.0f p50=%.2fms p99=%.2fms p99.9=%.2fms errors=%d non2xx=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, errors, summary.errors.status))
end
