#!/usr/bin/env python3
"""Shares of a flight recording's execution samples by part of the POST /api/v1/checks path (Tomcat, filters, MVC,
Jackson in/out, Bean Validation, mappers, engine): each sample goes to the innermost frame, from the leaf outwards,
that belongs to one of the parts below. Stacks cut at the recording's stack depth that end in engine code count as
engine (record with -XX:FlightRecorderOptions:stackdepth=256, as http-ab.sh JFR=1 does, to avoid the guess).
Usage: benchmarks/jfr-shares.py FILE.jfr [N]   (N: also the N most frequent leaf frames per part). Needs `jfr`."""
import json, subprocess, sys, collections
f = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 0
out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "200", "--events", "jdk.ExecutionSample", f],
                     capture_output=True, text=True, check=True).stdout
events = json.loads(out)["recording"]["events"]
# (label, predicate on "class.method") - first one found walking from the leaf outwards wins
SCOPES = [
    ("engine (CaseChecker.check)", lambda m: m.startswith("io.lawcheck.core.check.Checker.") or "BaselineChecker" in m or "BaselineEngine" in m),
    ("ResultMapper", lambda m: "ResultMapperImpl." in m),
    ("CaseMapper", lambda m: "CaseMapperImpl." in m),
    ("DecisionRecorder", lambda m: "DecisionRecorder." in m),
    ("Bean Validation", lambda m: m.startswith("org.hibernate.validator") or "validateIfApplicable" in m),
    ("Jackson in", lambda m: "AbstractJackson2HttpMessageConverter.readJavaType" in m or "AbstractJackson2HttpMessageConverter.read(" in m or ".readValue" in m and "jackson" in m),
    ("Jackson out", lambda m: "ObjectWriter.write" in m or "AbstractJackson2HttpMessageConverter.write" in m or "AbstractGenericHttpMessageConverter.write" in m),
    ("MVC return value / converter negotiation", lambda m: "writeWithMessageConverters" in m or "HandlerMethodReturnValueHandlerComposite" in m),
    ("MVC argument resolution", lambda m: "InvocableHandlerMethod.getMethodArgumentValues" in m or "readWithMessageConverters" in m),
    ("CheckFastPath (own code, body read, response write)", lambda m: "CheckFastPath." in m),
    ("RequestIdFilter", lambda m: "RequestIdFilter." in m),
    ("ApiKeyFilter", lambda m: "ApiKeyFilter." in m),
    ("BodyLimitFilter", lambda m: "BodyLimitFilter." in m),
    ("other filters (Spring Boot's)", lambda m: m.startswith("org.springframework.web.filter") or m.startswith("org.springframework.boot.web.servlet")),
    ("DispatcherServlet/handler mapping/MVC", lambda m: m.startswith("org.springframework.web.servlet") or m.startswith("org.springframework.web.method")),
    ("Tomcat (after servlet, e.g. response commit/flush)", lambda m: "ApplicationFilterChain" in m or "StandardWrapperValve" in m),
    ("Tomcat valves/adapter", lambda m: m.startswith("org.apache.catalina")),
    ("Tomcat HTTP/NIO", lambda m: m.startswith("org.apache.coyote") or m.startswith("org.apache.tomcat")),
]
def name(fr):
    m = fr["method"]; return m["type"]["name"].replace("/", ".") + "." + m["name"]
counts = collections.Counter(); tops = collections.defaultdict(collections.Counter); threads = collections.Counter()
for e in events:
    st = e["values"]["stackTrace"]
    frames = [name(fr) for fr in (st["frames"] if st else [])]
    th = e["values"]["sampledThread"]["javaName"] or "?"
    tkind = "http-nio" if th.startswith("http-nio") else th.split("-")[0]
    threads[tkind] += 1
    label = "other (" + tkind + ")"
    if st and st.get("truncated") and frames and any(frames[i].startswith(("org.drools", "org.kie", "io.lawcheck.catalog", "io.lawcheck.core")) for i in range(min(5, len(frames)))):
        frames = frames + ["io.lawcheck.core.check.Checker.(truncated)"]
    for fr in frames:
        hit = next((l for l, p in SCOPES if p(fr)), None)
        if hit: label = hit; break
    counts[label] += 1
    if frames: tops[label][frames[0]] += 1
n = sum(counts.values())
print(f"{f}: {n} execution samples; threads {dict(threads)}")
for l, c in counts.most_common():
    print(f"  {100*c/n:5.1f}%  {c:6d}  {l}")
    if top:
        for fr, k in tops[l].most_common(top): print(f"           {100*k/n:5.1f}% {fr}")
