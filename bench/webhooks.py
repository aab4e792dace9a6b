#!/usr/bin/env python3
"""Webhook ingest benchmark driver (started by bench/webhooks.sh, which owns the server).

Against the app on 127.0.0.1 it:
  1. opens a shop and saves Stripe test keys and a webhook signing secret through the admin page;
  2. warms the receiver with wrk posting signed events (not counted);
  3. posts signed events at a fixed 500 events/s with wrk (paced by the Lua script) for p50/p99;
  4. posts signed events as fast as wrk can for sustained events/s;
  5. waits for the inbox to process everything and checks nothing was lost or doubled: one inbox
     row per acknowledged event, every row processed in one attempt.
Every request carries a different event, signed just before its phase (Stripe's 300 s window).
Prints a Markdown table and writes it with raw JSON to the results path. Standard library only.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import http.cookiejar
import json
import os
import re
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import uuid

PASSWORD = "Bench-Passw0rd"
SECRET_KEY = "sk_test_51WalkingDrumBench000000000000"
WEBHOOK_SECRET = "whsec_" + uuid.uuid4().hex


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def open_shop(port: int, name: str) -> None:
    """Signs a shop up, signs its owner in and saves test keys with the webhook secret."""
    base = f"http://127.0.0.1:{port}"
    body = json.dumps({"storeName": "Bench Hooks", "subdomain": name, "email": "owner@bench.test",
                       "password": PASSWORD, "recipe": "blank"}).encode()
    request = urllib.request.Request(base + "/api/signup", body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        if response.status != 201:
            raise SystemExit(f"signup answered {response.status}")
    jar = http.cookiejar.CookieJar()

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())

    def post_form(path: str, fields: dict[str, str]) -> int:
        with opener.open(base + path, timeout=60) as page:
            html = page.read().decode()
        token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', html).group(1)
        data = urllib.parse.urlencode({**fields, "__RequestVerificationToken": token}).encode()
        try:
            with opener.open(urllib.request.Request(base + path, data), timeout=60) as response:
                return response.status
        except urllib.error.HTTPError as redirect:
            return redirect.code

    shop = f"/s/{name}"
    if post_form(shop + "/account/login", {"Input.Email": "owner@bench.test", "Input.Password": PASSWORD}) != 302:
        raise SystemExit("the owner could not sign in")
    if post_form(shop + "/admin/payments", {"Input.SecretKey": SECRET_KEY, "Input.WebhookSecret": WEBHOOK_SECRET}) != 302:
        raise SystemExit("the payment settings were not saved")


def write_events(path: str, count: int) -> None:
    """`count` distinct payment_intent.succeeded events, each signed now, one per line."""
    now = int(time.time())
    with open(path, "w", encoding="utf-8") as f:
        for _ in range(count):
            event_id = "evt_" + uuid.uuid4().hex[:24]
            intent = "pi_" + uuid.uuid4().hex[:24]
            payload = json.dumps({
                "id": event_id, "object": "event", "api_version": "2026-10-28.endive", "created": now,
                "data": {"object": {
                    "id": intent, "object": "payment_intent", "amount": 4100, "amount_received": 4100,
                    "currency": "usd", "status": "succeeded", "capture_method": "automatic",
                    "confirmation_method": "automatic", "customer": "cus_" + uuid.uuid4().hex[:14],
                    "latest_charge": "ch_" + uuid.uuid4().hex[:24], "payment_method": "pm_" + uuid.uuid4().hex[:24],
                    "payment_method_types": ["card"], "livemode": False, "created": now,
                    "description": "Order 1042", "metadata": {"wd_reference": uuid.uuid4().hex},
                }},
                "livemode": False, "pending_webhooks": 1,
                "request": {"id": "req_" + uuid.uuid4().hex[:14], "idempotency_key": uuid.uuid4().hex},
                "type": "payment_intent.succeeded",
            }, separators=(",", ":"))
            signature = hmac.new(WEBHOOK_SECRET.encode(), f"{now}.{payload}".encode(), hashlib.sha256).hexdigest()
            f.write(f"t={now},v1={signature}\t{payload}\n")


def run_wrk(port: int, name: str, events: str, seconds: int, threads: int, connections: int, rate: int, lua: str) -> dict:
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", lua, f"http://127.0.0.1:{port}"]
    env = dict(os.environ, WD_EVENTS=events, WD_PATH=f"/s/{name}/stripe/webhook", WD_RATE=str(rate),
               WD_CONNECTIONS=str(connections), WD_THREADS=str(threads))
    out = subprocess.run(command, capture_output=True, text=True, env=env, timeout=seconds + 120, check=True).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    latency = {p: to_ms(v, u) for p, v, u in re.findall(r"^\s+(50|75|90|99)%\s+([\d.]+)(\w+)", out, re.MULTILINE)}
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
            "requests": int(re.search(r"(\d+) requests in", out).group(1)),
            "p50": latency.get("50"), "p90": latency.get("90"), "p99": latency.get("99"),
            "non2xx": int(errors.group(1)) if errors else 0, "raw": out}


def to_ms(value: str, unit: str) -> float:
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def query(command: str, sql: str) -> str:
    return subprocess.run(command.replace("{sql}", sql), shell=True, capture_output=True, text=True, check=True).stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--provider", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--query-command", required=True, help="shell command printing the result of {sql}")
    parser.add_argument("--rate", type=int, default=500)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--paced-connections", type=int, default=64,
                        help="enough that the schedule, not the latency, sets the rate")
    parser.add_argument("--lua", required=True)
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--results", required=True)
    args = parser.parse_args()

    name = "hooks"
    log("Opening a shop and saving its Stripe test keys and webhook secret")
    open_shop(args.port, name)
    events = os.path.join(args.workdir, "events.txt")

    log("Warm-up (10 s, not counted)")
    write_events(events, 60_000)
    warm = run_wrk(args.port, name, events, 10, args.threads, args.connections, 0, args.lua)

    log(f"Paced: {args.rate} events/s for {args.seconds} s")
    write_events(events, args.rate * args.seconds + 2_000)
    paced = run_wrk(args.port, name, events, args.seconds, args.threads, args.paced_connections, args.rate, args.lua)
    log(f"Paced: {paced['rps']:.0f} events/s, p50 {paced['p50']} ms, p99 {paced['p99']} ms, non-2xx {paced['non2xx']}")

    log(f"Unpaced: as fast as wrk can for {args.seconds} s")
    write_events(events, 120_000)
    peak = run_wrk(args.port, name, events, args.seconds, args.threads, args.connections, 0, args.lua)
    log(f"Unpaced: {peak['rps']:.0f} events/s, p50 {peak['p50']} ms, p99 {peak['p99']} ms, non-2xx {peak['non2xx']}")

    acknowledged = warm["requests"] + paced["requests"] + peak["requests"]
    tenant = f"(select id from tenants where name = '{name}')"
    log("Waiting for the inbox to process every event")
    started = time.perf_counter()
    while True:
        pending = int(query(args.query_command, f"select count(*) from stripe_inbox where tenant_id = {tenant} and status = 'Pending'"))
        if pending == 0 or time.perf_counter() - started > 600:
            break
        time.sleep(1)
    drained_s = time.perf_counter() - started
    rows = int(query(args.query_command, f"select count(*) from stripe_inbox where tenant_id = {tenant}"))
    processed_once = int(query(args.query_command,
                               f"select count(*) from stripe_inbox where tenant_id = {tenant} and status = 'Processed' and attempts = 1"))
    span = query(args.query_command,
                 f"select min(processed_at_ms), max(processed_at_ms) from stripe_inbox where tenant_id = {tenant}").replace("|", " ").split()
    processing_rate = rows / max(0.001, (int(span[1]) - int(span[0])) / 1000) if len(span) == 2 else 0
    non2xx = warm["non2xx"] + paced["non2xx"] + peak["non2xx"]
    # wrk counts completed responses; requests still in flight when a phase ends may be stored without being counted.
    in_flight = args.connections * 2 + args.paced_connections
    verdict = {"acknowledged": acknowledged, "rows": rows, "processed_once": processed_once, "pending": pending,
               "non2xx": non2xx, "lost": max(0, acknowledged - rows), "unacknowledged_stored": rows - acknowledged,
               "drained_s": drained_s, "processing_rate": processing_rate}
    ok = non2xx == 0 and pending == 0 and rows >= acknowledged and rows - acknowledged <= in_flight and processed_once == rows
    log(f"Verdict: {verdict} -> {'nothing lost or doubled' if ok else 'PROBLEM'}")

    lines = [
        f"Signed `payment_intent.succeeded` events of about {os.path.getsize(events) // 120_000:,} bytes, each request a different "
        "event signed just before its phase; wrk `-t{0}` through `bench/webhooks.lua`.".format(args.threads),
        "",
        "| phase | events/s | p50 ms | p90 ms | p99 ms | non-2xx |",
        "|---|---:|---:|---:|---:|---:|",
        f"| paced at {args.rate}/s, {args.paced_connections} connections, {args.seconds} s | {paced['rps']:.0f} | {paced['p50']:.2f} | {paced['p90']:.2f} | {paced['p99']:.2f} | {paced['non2xx']} |",
        f"| unpaced, {args.connections} connections, {args.seconds} s | {peak['rps']:.0f} | {peak['p50']:.2f} | {peak['p90']:.2f} | {peak['p99']:.2f} | {peak['non2xx']} |",
        "",
        "| check | measured | goal | met |",
        "|---|---:|---:|---|",
        f"| acknowledgement p99 at {args.rate} events/s | {paced['p99']:.1f} ms | ≤ 50 ms | {'yes' if paced['p99'] <= 50 and paced['rps'] >= args.rate * 0.95 else 'no'} |",
        f"| sustained events/s (unpaced) | {peak['rps']:.0f} | ≥ {args.rate} | {'yes' if peak['rps'] >= args.rate else 'no'} |",
        f"| acknowledged events (warm-up included) / stored once / processed once | {acknowledged:,} / {rows:,} / {processed_once:,} "
        f"| nothing lost or doubled | {'yes' if ok else 'no'} |",
        f"| inbox drained after the load (processing {processing_rate:.0f} events/s overall) | {drained_s:.0f} s | — | — |",
    ]
    report = "\n".join(lines) + "\n"
    with open(args.results, "w", encoding="utf-8") as f:
        f.write(report)
    with open(os.path.splitext(args.results)[0] + ".json", "w", encoding="utf-8") as f:
        json.dump({"warm": {k: v for k, v in warm.items() if k != "raw"}, "paced": {k: v for k, v in paced.items() if k != "raw"},
                   "peak": {k: v for k, v in peak.items() if k != "raw"}, "verdict": verdict}, f, indent=2)
    print(report)


if __name__ == "__main__":
    main()
