#!/usr/bin/env python3
"""Tenant host foundation benchmark driver (started by bench/tenants.sh, which owns the server).

Phases, against one running server on 127.0.0.1:
  1. provision N tenants one after another through POST /api/signup, timed client-side;
  2. memory: warm the storefront path on a few tenants, settle, sample the server's RSS
     (and, when dotnet-gcdump is available, its live managed heap after a forced full GC),
     request every other tenant's storefront once, settle, sample again -> KB per tenant;
  3. throughput: wrk against one tenant's storefront and round-robin over all tenants,
     alternated, same threads/connections, medians and ratio.
Prints Markdown tables and writes them (plus raw JSON) to the results directory.
Standard library only; every loop is bounded.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

PASSWORD = "Bench-Passw0rd"


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))  # ceil without floats drifting
    return ordered[int(rank) - 1]


class Client:
    """One keep-alive HTTP/1.1 connection to the server, reopened if the server closes it."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def request(self, method: str, path: str, body: bytes | None = None) -> tuple[int, bytes]:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        for attempt in range(2):
            try:
                self.conn.request(method, path, body=body, headers=headers)
                response = self.conn.getresponse()
                return response.status, response.read()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.conn.close()
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                if attempt == 1:
                    raise
        raise AssertionError("unreachable")


def tenant_name(i: int) -> str:
    return f"bench-{i:05d}"


def provision(client: Client, count: int) -> list[float]:
    timings_ms: list[float] = []
    for i in range(1, count + 1):
        name = tenant_name(i)
        body = json.dumps({
            "storeName": f"Bench Shop {i}",
            "subdomain": name,
            "email": f"owner{i}@bench.example",
            "password": PASSWORD,
        }).encode()
        started = time.perf_counter()
        status, payload = client.request("POST", "/api/signup", body)
        elapsed = (time.perf_counter() - started) * 1000
        if status != 201:
            raise SystemExit(f"signup {name} answered {status}: {payload[:500]!r}")
        timings_ms.append(elapsed)
        if i % 100 == 0:
            log(f"provisioned {i}/{count} (last 100: p50 {statistics.median(timings_ms[-100:]):.1f} ms)")
    return timings_ms


def server_side_ms(app_log: str) -> list[float]:
    """Provisioning times the app logged itself (TenantProvisioner at Information level)."""
    if not app_log or not os.path.exists(app_log):
        return []
    with open(app_log, encoding="utf-8", errors="replace") as f:
        return [float(m.group(1)) for m in re.finditer(r"Provisioned tenant \S+ from recipe \S+ in ([\d.]+) ms", f.read())]


def request_storefront(client: Client, name: str) -> None:
    status, payload = client.request("GET", f"/s/{name}/")
    if status != 200 or b"<html" not in payload.lower():
        raise SystemExit(f"storefront of {name} answered {status}: {payload[:300]!r}")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used (utime + stime from /proc/PID/stat)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load_average() -> str:
    with open("/proc/loadavg", encoding="ascii") as f:
        return f.read().split()[0]


def read_status_kb(pid: int) -> dict[str, int]:
    values: dict[str, int] = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "RssAnon", "RssFile"):
                values[key] = int(rest.split()[0])
    return values


def managed_heap_bytes(gcdump: str | None, pid: int, workdir: str) -> int | None:
    """Live managed heap after a forced full GC, via dotnet-gcdump; None when unavailable."""
    if not gcdump:
        return None
    path = os.path.join(workdir, f"heap-{time.monotonic_ns()}.gcdump")
    collect = subprocess.run([gcdump, "collect", "-p", str(pid), "-o", path, "-t", "60"],
                             capture_output=True, text=True, timeout=120, check=False)
    if collect.returncode != 0 or not os.path.exists(path):
        log(f"dotnet-gcdump collect failed: {collect.stdout[-300:]} {collect.stderr[-300:]}")
        return None
    report = subprocess.run([gcdump, "report", path], capture_output=True, text=True, timeout=120, check=False)
    os.remove(path)
    # The report starts with "<bytes>  GC Heap bytes", the live objects the forced GC kept.
    match = re.search(r"([\d,]+)\s+GC Heap bytes", report.stdout)
    if match:
        return int(match.group(1).replace(",", ""))
    log(f"dotnet-gcdump report not understood: {report.stdout[:300]}")
    return None


def settle_and_sample(pid: int, gcdump: str | None, workdir: str, samples: int = 5) -> dict[str, float | None]:
    """Forces a full GC where possible, waits, then takes the median of a few RSS samples."""
    heap = managed_heap_bytes(gcdump, pid, workdir)
    time.sleep(3)
    readings = []
    for _ in range(samples):
        readings.append(read_status_kb(pid))
        time.sleep(1)
    return {
        "rss_kb": statistics.median(r["VmRSS"] for r in readings),
        "rss_anon_kb": statistics.median(r.get("RssAnon", 0) for r in readings),
        "heap_bytes": heap,
    }


def per_tenant(later: dict, earlier: dict, tenants: int) -> dict[str, float | None]:
    heap = None
    if later["heap_bytes"] is not None and earlier["heap_bytes"] is not None:
        heap = (later["heap_bytes"] - earlier["heap_bytes"]) / 1024 / tenants
    return {
        "rss_kb": (later["rss_kb"] - earlier["rss_kb"]) / tenants,
        "rss_anon_kb": (later["rss_anon_kb"] - earlier["rss_anon_kb"]) / tenants,
        "heap_kb": heap,
    }


def measure_memory(client: Client, pid: int, count: int, warm: int, gcdump: str | None, workdir: str) -> dict:
    """Baseline after warming a few tenants, then the rest swept in two halves with a sample after
    each: the whole sweep gives a conservative figure (one-time costs of the first misses included),
    the second half alone the marginal cost of one more tenant."""
    warm = min(warm, count - 2)
    log(f"warming the storefront path on {warm} tenants")
    for _ in range(20):
        for i in range(1, warm + 1):
            request_storefront(client, tenant_name(i))
    first = settle_and_sample(pid, gcdump, workdir)
    baseline = settle_and_sample(pid, gcdump, workdir)  # same state again: the noise floor
    log(f"baseline RSS {baseline['rss_kb']:.0f} kB (repeat differs by {baseline['rss_kb'] - first['rss_kb']:+.0f} kB)")
    middle = warm + (count - warm) // 2
    sweep_started = time.perf_counter()
    for i in range(warm + 1, middle + 1):
        request_storefront(client, tenant_name(i))
    sweep_s = time.perf_counter() - sweep_started
    half = settle_and_sample(pid, gcdump, workdir)
    sweep_started = time.perf_counter()
    for i in range(middle + 1, count + 1):
        request_storefront(client, tenant_name(i))
    sweep_s += time.perf_counter() - sweep_started
    after = settle_and_sample(pid, gcdump, workdir)
    result = {
        "warm_tenants": warm,
        "swept_tenants": count - warm,
        "second_half_tenants": count - middle,
        "sweep_seconds": sweep_s,
        "baseline_repeat": first,
        "baseline": baseline,
        "half": half,
        "after": after,
        "whole": per_tenant(after, baseline, count - warm),
        "marginal": per_tenant(after, half, count - middle),
        "rss_noise_kb": baseline["rss_kb"] - first["rss_kb"],
    }
    log(f"after sweep RSS {after['rss_kb']:.0f} kB -> {result['whole']['rss_kb']:.1f} KB per tenant "
        f"(second half alone {result['marginal']['rss_kb']:.1f} KB)")
    return result


def run_wrk(port: int, pid: int, lua: str, paths_file: str, seconds: int, threads: int, connections: int) -> dict:
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", lua,
               f"http://127.0.0.1:{port}"]
    env = dict(os.environ, WD_PATHS=paths_file)
    cpu_before = cpu_seconds(pid)
    out = subprocess.run(command, capture_output=True, text=True, env=env, timeout=seconds + 60, check=True).stdout
    cpu = cpu_seconds(pid) - cpu_before
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.+)", out)
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", out, re.MULTILINE))
    if non2xx or socket_errors:
        log(f"wrk reported errors:\n{out}")
    return {
        "rps": rps,
        "requests": total,
        "non2xx": int(non2xx.group(1)) if non2xx else 0,
        "socket_errors": socket_errors.group(1) if socket_errors else "",
        "p50": latency.get("50", "?"),
        "p99": latency.get("99", "?"),
        "server_cpu_us_per_request": cpu / max(total, 1) * 1e6,
        "load": load_average(),
    }


def measure_throughput(port: int, pid: int, count: int, lua: str, workdir: str, args: argparse.Namespace) -> dict:
    single_name = tenant_name((count + 1) // 2)
    single_file = os.path.join(workdir, "single.txt")
    all_file = os.path.join(workdir, "all.txt")
    with open(single_file, "w", encoding="ascii") as f:
        f.write(f"/s/{single_name}/\n")
    with open(all_file, "w", encoding="ascii") as f:
        f.writelines(f"/s/{tenant_name(i)}/\n" for i in range(1, count + 1))
    wrk = (args.wrk_threads, args.wrk_connections)
    log("wrk warm-up (5 s each, not counted)")
    run_wrk(port, pid, lua, all_file, 5, *wrk)
    run_wrk(port, pid, lua, single_file, 5, *wrk)
    runs: dict[str, list[dict]] = {"single": [], "round_robin": []}
    for round_ in range(1, args.wrk_rounds + 1):
        for kind, paths in (("single", single_file), ("round_robin", all_file)):
            result = run_wrk(port, pid, lua, paths, args.wrk_seconds, *wrk)
            runs[kind].append(result)
            log(f"round {round_} {kind}: {result['rps']:.0f} req/s, p50 {result['p50']}, p99 {result['p99']}, "
                f"server CPU {result['server_cpu_us_per_request']:.0f} µs/request, load {result['load']}")
    single = statistics.median(r["rps"] for r in runs["single"])
    rr = statistics.median(r["rps"] for r in runs["round_robin"])
    # Each round-robin run divided by the single-tenant run just before it: drift on a shared
    # machine cancels within a pair, so this median is the steadier figure of the two.
    pair_ratios = [r["rps"] / s["rps"] for s, r in zip(runs["single"], runs["round_robin"])]
    cpu_single = statistics.median(r["server_cpu_us_per_request"] for r in runs["single"])
    cpu_rr = statistics.median(r["server_cpu_us_per_request"] for r in runs["round_robin"])
    return {"cpu_us_single": cpu_single, "cpu_us_round_robin": cpu_rr, "single_tenant": single_name, "runs": runs, "single_rps": single, "round_robin_rps": rr,
            "ratio": rr / single, "pair_ratio_median": statistics.median(pair_ratios), "pair_ratios": pair_ratios}


def verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def markdown(args: argparse.Namespace, prov: list[float], prov_info: dict, server: list[float], mem: dict,
             tput: dict) -> str:
    p50, p95, worst = statistics.median(prov), percentile(prov, 95), max(prov)
    target_ms = 250 if args.provider == "sqlite" else 500
    first, last = prov[:100], prov[-100:]
    whole, marginal = mem["whole"], mem["marginal"]
    heap = whole["heap_kb"]
    lines = [
        f"### {args.provider}: {args.tenants} tenants",
        "",
        "| measure | result | target | verdict |",
        "| --- | --- | --- | --- |",
        f"| provisioning p50 / p95 / max (client-side, sequential) | {p50:.1f} / {p95:.1f} / {worst:.1f} ms "
        f"| p95 ≤ {target_ms} ms | {verdict(p95 <= target_ms)} |",
        f"| provisioning p50, first {len(first)} vs last {len(last)} tenants | {statistics.median(first):.1f} vs "
        f"{statistics.median(last):.1f} ms | — | — |",
        *([f"| server-side provisioning p50 / p95 (app's own log, {len(server)} tenants) "
            f"| {statistics.median(server):.1f} / {percentile(server, 95):.1f} ms | — | — |"] if server else []),
        f"| server CPU time per provisioned tenant (user + system) | {prov_info['server_cpu_ms_per_tenant']:.1f} ms "
        f"| — | — |",
        f"| RSS growth per tenant (VmRSS), whole sweep of {mem['swept_tenants']} | {whole['rss_kb']:.1f} KB "
        f"| ≤ 50 KB | {verdict(whole['rss_kb'] <= 50)} |",
        f"| RSS growth per tenant (VmRSS), second {mem['second_half_tenants']} only | {marginal['rss_kb']:.1f} KB "
        f"| ≤ 50 KB | {verdict(marginal['rss_kb'] <= 50)} |",
        f"| anonymous RSS growth per tenant (RssAnon), whole / second half | {whole['rss_anon_kb']:.1f} / "
        f"{marginal['rss_anon_kb']:.1f} KB | — | — |",
    ]
    if whole["heap_kb"] is not None and marginal["heap_kb"] is not None:
        lines.append(f"| live managed heap growth per tenant (after forced full GC), whole / second half "
                     f"| {whole['heap_kb']:.2f} / {marginal['heap_kb']:.2f} KB | ≤ 50 KB "
                     f"| {verdict(max(whole['heap_kb'], marginal['heap_kb']) <= 50)} |")
    lines += [
        f"| storefront home, single tenant (median of {args.wrk_rounds}) | {tput['single_rps']:.0f} req/s | — | — |",
        f"| storefront home, round-robin over {args.tenants} (median of {args.wrk_rounds}) "
        f"| {tput['round_robin_rps']:.0f} req/s | — | — |",
        f"| round-robin / single (ratio of the medians) | {tput['ratio'] * 100:.1f} % | ≥ 80 % "
        f"| {verdict(tput['ratio'] >= 0.8)} |",
        f"| server CPU per request, single / round-robin (medians) | {tput['cpu_us_single']:.0f} / "
        f"{tput['cpu_us_round_robin']:.0f} µs ({tput['cpu_us_round_robin'] / tput['cpu_us_single'] * 100:.1f} %) "
        f"| — | — |",
        f"| round-robin / single (median of per-round ratios) | {tput['pair_ratio_median'] * 100:.1f} % | ≥ 80 % "
        f"| {verdict(tput['pair_ratio_median'] >= 0.8)} |",
        "",
        "| memory sample | VmRSS | RssAnon | live managed heap |",
        "| --- | --- | --- | --- |",
    ]
    for label, key in (("baseline (1st)", "baseline_repeat"), ("baseline (2nd, used)", "baseline"),
                       (f"after the first {mem['swept_tenants'] - mem['second_half_tenants']} more storefronts", "half"),
                       (f"after all {mem['swept_tenants']} more storefronts", "after")):
        sample = mem[key]
        heap_mb = f"{sample['heap_bytes'] / 1048576:.1f} MB" if sample["heap_bytes"] is not None else "n/a"
        lines.append(f"| {label} | {sample['rss_kb'] / 1024:.1f} MB | {sample['rss_anon_kb'] / 1024:.1f} MB | {heap_mb} |")
    lines += [
        "",
        f"wrk `-t{args.wrk_threads} -c{args.wrk_connections} -d{args.wrk_seconds}s`, runs alternated "
        f"(single tenant `{tput['single_tenant']}`, then round-robin):",
        "",
        "| round | single req/s | single p50 / p99 | single CPU/req | round-robin req/s | round-robin p50 / p99 "
        "| round-robin CPU/req | ratio | load (1 min) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for i, (s, r) in enumerate(zip(tput["runs"]["single"], tput["runs"]["round_robin"]), start=1):
        lines.append(f"| {i} | {s['rps']:.0f} | {s['p50']} / {s['p99']} | {s['server_cpu_us_per_request']:.0f} µs "
                     f"| {r['rps']:.0f} | {r['p50']} / {r['p99']} | {r['server_cpu_us_per_request']:.0f} µs "
                     f"| {r['rps'] / s['rps'] * 100:.1f} % | {s['load']} / {r['load']} |")
    errors = sum(r["non2xx"] for rs in tput["runs"].values() for r in rs)
    socket = [r["socket_errors"] for rs in tput["runs"].values() for r in rs if r["socket_errors"]]
    lines += [
        "",
        f"Provisioning took {prov_info['wall_seconds']:.0f} s in all (1-minute load average {prov_info['load_before']} "
        f"before, {prov_info['load_after']} after). "
        f"Non-2xx responses during wrk: {errors}; socket errors: {', '.join(socket) or 'none'}. "
        f"Memory: {mem['warm_tenants']} tenants warmed first (20 requests each), then "
        f"{mem['swept_tenants']} storefronts requested once in {mem['sweep_seconds']:.1f} s; "
        f"each sample = {'dotnet-gcdump (forced full GC) + ' if heap is not None else ''}3 s wait + median of 5 "
        f"VmRSS readings 1 s apart; two baselines differ by {mem['rss_noise_kb']:+.0f} kB "
        f"({mem['rss_noise_kb'] / mem['second_half_tenants']:+.1f} KB per tenant over the second half: the noise "
        f"floor). {'Managed heap from dotnet-gcdump.' if heap is not None else 'RSS only: dotnet-gcdump unavailable.'}",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--provider", required=True, choices=["sqlite", "postgres"])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--tenants", type=int, default=1000)
    parser.add_argument("--warm-tenants", type=int, default=50)
    parser.add_argument("--wrk-seconds", type=int, default=10)
    parser.add_argument("--wrk-rounds", type=int, default=5)
    parser.add_argument("--wrk-threads", type=int, default=2)
    parser.add_argument("--wrk-connections", type=int, default=32)
    parser.add_argument("--lua", required=True)
    parser.add_argument("--gcdump", default="")
    parser.add_argument("--app-log", default="", help="the app's log, for its own provisioning times")
    parser.add_argument("--results", required=True, help="file to write the Markdown to (JSON beside it)")
    args = parser.parse_args()
    if args.tenants < 2:
        raise SystemExit("--tenants must be at least 2")
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed")

    workdir = tempfile.mkdtemp(prefix="wd-bench-")
    client = Client(args.port)
    log(f"provisioning {args.tenants} tenants")
    cpu_before, load_before = cpu_seconds(args.pid), load_average()
    prov_started = time.perf_counter()
    prov = provision(client, args.tenants)
    prov_info = {"server_cpu_ms_per_tenant": (cpu_seconds(args.pid) - cpu_before) * 1000 / args.tenants,
                 "wall_seconds": time.perf_counter() - prov_started, "load_before": load_before,
                 "load_after": load_average()}
    log(f"provisioning p50 {statistics.median(prov):.1f} ms, p95 {percentile(prov, 95):.1f} ms")
    mem = measure_memory(client, args.pid, args.tenants, args.warm_tenants, args.gcdump or None, workdir)
    client.conn.close()
    tput = measure_throughput(args.port, args.pid, args.tenants, args.lua, workdir, args)
    shutil.rmtree(workdir, ignore_errors=True)

    server = server_side_ms(args.app_log)
    text = markdown(args, prov, prov_info, server, mem, tput)
    with open(args.results, "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.splitext(args.results)[0] + ".json", "w", encoding="utf-8") as f:
        json.dump({"provisioning_ms": prov, "provisioning": prov_info, "server_provisioning_ms": server, "memory": mem, "throughput": tput, "args": vars(args)}, f, indent=1)
    print(text)


if __name__ == "__main__":
    main()
