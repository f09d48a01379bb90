-- wrk script for benchmarks/http-load.sh: POSTs the sample cases in turn to /api/v1/checks and prints one RESULT line.
-- No response() callback on purpose: with one defined, wrk copies every response's headers and body into Lua
-- (7-15 KB here), which cost the client about a third more CPU on the same 2 cores as the server. Status codes are
-- still counted by wrk itself (non2xx). The count bound is kept in request(): each wrk thread stops after sending
-- MAX_REQUESTS requests, so a run is bounded in count as well as by -d.
local dir = os.getenv("SAMPLES_DIR")
local max = tonumber(os.getenv("MAX_REQUESTS") or "1000000")
local path = os.getenv("CHECK_PATH") or "/api/v1/checks?asOf=2024-11-01"
local files = { "compliant-2022.json", "hearing-not-offered.json", "draft-major-decision.json" }
local requests = {}
local index = 0
local sent = 0

init = function(args)
  for i, name in ipairs(files) do
    local f = assert(io.open(dir .. "/" .. name, "r"))
    local body = f:read("*a")
    f:close()
    requests[i] = wrk.format("POST", path,
      { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, body)
  end
end

request = function()
  sent = sent + 1
  if sent >= max then
    wrk.thread:stop()
  end
  index = index % #requests + 1
  return requests[index]
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.0f p50=%.2fms p99=%.2fms p99.9=%.2fms errors=%d non2xx=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, errors, summary.errors.status))
end
