#!/usr/bin/env python3
"""Catalog storefront benchmark driver (started by bench/catalog.sh, which owns the servers).

Against servers on 127.0.0.1 — the app with its page cache on, the same app with the cache off
(same database), and the baseline app — it:
  1. opens a shop with N products (default 10,000) from a generated recipe;
  2. saves the product and collection pages the app renders as static files for baseline (a);
  3. runs wrk against product and collection pages: cached, uncached, (a) static copy and
     (b) a raw ADO.NET JSON endpoint reading the same product — alternated, medians of rounds;
  4. measures p50/p99 at 70 % of each page's peak with hey at a fixed rate;
  5. measures search latency (p50/p95) over varied queries one at a time.
Prints a Markdown table and writes it with raw JSON to the results path. Standard library only.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.parse

PASSWORD = "Bench-Passw0rd"
ROASTS = ["Light", "Medium", "Dark"]
ORIGINS = ["Ethiopia", "Colombia", "Kenya", "Guatemala", "Brazil", "Sumatra", "Rwanda", "Peru", "Honduras", "Yemen"]
NOTES = ["blueberry", "chocolate", "caramel", "jasmine", "citrus", "toffee", "cherry", "almond", "bergamot", "molasses"]


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))
    return ordered[int(rank) - 1]


def product_slug(i: int) -> str:
    return f"{ORIGINS[i % len(ORIGINS)].lower()}-{ROASTS[i % 3].lower()}-{i:05d}"


def write_recipe(path: str, products: int, collections: int) -> None:
    """A recipe with `products` products, two variants each, spread over `collections` collections."""
    collection_steps = [{"title": f"{origin} lots", "slug": f"{origin.lower()}-lots", "published": True,
                         "description": f"Single-origin lots from {origin}."}
                        for origin in ORIGINS[:collections]]
    items = []
    for i in range(products):
        origin = ORIGINS[i % len(ORIGINS)]
        note = NOTES[(i // 3) % len(NOTES)]
        price = 900 + (i % 40) * 25
        items.append({
            "title": f"{origin} {ROASTS[i % 3]} Roast No. {i:05d}",
            "slug": product_slug(i),
            "status": "active",
            "description": f"<p>A {ROASTS[i % 3].lower()} roast from {origin} with notes of {note}.</p>",
            "options": ["Size"],
            "variants": [
                {"options": ["250 g"], "sku": f"B{i:05d}-250", "price": f"{price / 100:.2f}", "stock": 40, "trackInventory": True},
                {"options": ["1 kg"], "sku": f"B{i:05d}-1K", "price": f"{price * 3.4 / 100:.2f}", "stock": 12, "trackInventory": True},
            ],
            "tags": [ROASTS[i % 3].lower(), note],
            "collections": [f"{origin.lower()}-lots"] if i % len(ORIGINS) < collections else [],
        })
    recipe = {
        "displayName": "Catalog benchmark",
        "description": "A shop with a large generated catalog.",
        "listed": False,
        "steps": [
            {"name": "store-settings", "currency": "EUR", "tagline": "Benchmark roastery"},
            {"name": "collections", "collections": collection_steps},
            {"name": "products", "products": items},
        ],
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(recipe, f)


def request(port: int, method: str, path: str, body: bytes | None = None, timeout: float = 30) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def run_wrk(port: int, lua: str, paths: list[str], workdir: str, seconds: int, threads: int, connections: int) -> dict:
    paths_file = os.path.join(workdir, "paths.txt")
    with open(paths_file, "w", encoding="utf-8") as f:
        f.write("\n".join(paths) + "\n")
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", lua, f"http://127.0.0.1:{port}"]
    out = subprocess.run(command, capture_output=True, text=True, env=dict(os.environ, WD_PATHS=paths_file),
                         timeout=seconds + 60, check=True).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        log(f"wrk reported non-2xx responses:\n{out}")
    latency = {p: to_ms(v, u) for p, v, u in re.findall(r"^\s+(50|99)%\s+([\d.]+)(\w+)", out, re.MULTILINE)}
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
            "p50": latency.get("50"), "p99": latency.get("99"), "non2xx": int(errors.group(1)) if errors else 0}


def to_ms(value: str, unit: str) -> float:
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def run_hey(url: str, rate: float, seconds: int, connections: int) -> dict:
    """Open-loop-ish fixed rate: hey paces each of its workers at rate/connections per second."""
    per_worker = max(1, round(rate / connections))
    command = ["hey", "-z", f"{seconds}s", "-c", str(connections), "-q", str(per_worker), "-disable-keepalive=false", url]
    out = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60, check=True).stdout
    found = dict(re.findall(r"^\s+(\d+)% in ([\d.]+) secs", out, re.MULTILINE))
    statuses = re.findall(r"\[(\d{3})\]\s+(\d+) responses", out)
    return {"rate": per_worker * connections, "achieved": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
            "p50": float(found["50"]) * 1000, "p99": float(found["99"]) * 1000,
            "non2xx": sum(int(n) for s, n in statuses if not s.startswith("2"))}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--provider", required=True)
    parser.add_argument("--cached-port", type=int, required=True)
    parser.add_argument("--uncached-port", type=int, required=True)
    parser.add_argument("--database-port", type=int, default=0, help="the app with the read cache off too")
    parser.add_argument("--baseline-port", type=int, required=True)
    parser.add_argument("--static-root", required=True)
    parser.add_argument("--recipe", required=True, help="path of the recipe to generate")
    parser.add_argument("--tenant-id-command", required=True, help="shell command printing the tenant id for a name ({name})")
    parser.add_argument("--products", type=int, default=10000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--lua", required=True)
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--results", required=True)
    parser.add_argument("--phase", choices=["recipe", "run"], required=True)
    args = parser.parse_args()

    if args.phase == "recipe":
        write_recipe(args.recipe, args.products, 10)
        return

    name = "roastery"
    log(f"Opening a shop with {args.products} products from the generated recipe")
    started = time.perf_counter()
    body = json.dumps({"storeName": "Bench Roastery", "subdomain": name, "email": "owner@bench.test",
                       "password": PASSWORD, "recipe": "catalog-bench"}).encode()
    status, response = request(args.cached_port, "POST", "/api/signup", body, timeout=1800)
    if status != 201:
        raise SystemExit(f"signup failed: {status} {response[:500]!r}")
    provisioning_s = time.perf_counter() - started
    log(f"Provisioned in {provisioning_s:.1f} s")
    tenant_id = subprocess.run(args.tenant_id_command.replace("{name}", name), shell=True, capture_output=True,
                               text=True, check=True).stdout.strip()

    slug = product_slug(args.products // 2)
    product_path = f"/s/{name}/products/{slug}"
    collection_path = f"/s/{name}/collections/kenya-lots"
    pages = {}
    for label, path in [("product", product_path), ("collection", collection_path)]:
        status, html = request(args.uncached_port, "GET", path)
        if status != 200:
            raise SystemExit(f"{path} answered {status}")
        with open(os.path.join(args.static_root, f"{label}.html"), "wb") as f:
            f.write(html)
        pages[label] = len(html)
    status, raw = request(args.baseline_port, "GET", f"/raw/{tenant_id}/products/{slug}")
    if status != 200:
        raise SystemExit(f"baseline raw endpoint answered {status}: {raw[:300]!r}")

    targets = {
        "product (a) static file": (args.baseline_port, "/static/product.html"),
        "product (b) raw ADO.NET JSON": (args.baseline_port, f"/raw/{tenant_id}/products/{slug}"),
        "product page, cached": (args.cached_port, product_path),
        "product page, uncached": (args.uncached_port, product_path),
        "product page, no caches": (args.database_port, product_path),
        "collection (a) static file": (args.baseline_port, "/static/collection.html"),
        "collection page, cached": (args.cached_port, collection_path),
        "collection page, uncached": (args.uncached_port, collection_path),
        "collection page, no caches": (args.database_port, collection_path),
    }
    wrk = (args.seconds, args.threads, args.connections)
    # Long enough for tiered compilation to finish: with both cores saturated, the background
    # compiler that replaces tier-0 code gets little time, and 3 s left pages several times slower.
    log("Warm-up (10 s each, not counted)")
    for port, path in targets.values():
        run_wrk(port, args.lua, [path], args.workdir, 10, args.threads, args.connections)
    rounds: dict[str, list[dict]] = {label: [] for label in targets}
    for round_ in range(1, args.rounds + 1):
        for label, (port, path) in targets.items():
            result = run_wrk(port, args.lua, [path], args.workdir, *wrk)
            rounds[label].append(result)
            log(f"round {round_} {label}: {result['rps']:.0f} req/s p50 {result['p50']:.2f} ms p99 {result['p99']:.2f} ms")

    medians = {label: {key: statistics.median(r[key] for r in results) for key in ("rps", "p50", "p99")}
               for label, results in rounds.items()}

    paced = {}
    for label in [label for label in targets if "page" in label]:
        port, path = targets[label]
        rate = medians[label]["rps"] * 0.7
        paced[label] = run_hey(f"http://127.0.0.1:{port}{path}", rate, args.seconds, 16)
        log(f"70% of peak {label}: {paced[label]}")

    queries = ["espresso", "kenya", "kenia", "ethiop", "chocolate", "caramel dark", "jasmin", "colombia light",
               "B01234", "blueberry", "toffee", "guatamala", "roast", "sumatra dark", "bergamot"]
    search_paths = [f"/s/{name}/search?q={urllib.parse.quote(q)}" for q in queries]
    # Search is warmed like the pages: its first use builds the server's index from the database,
    # and its code runs unoptimized until tiered compilation has seen it under load.
    log("Warm-up search (10 s, not counted)")
    under_load = run_wrk(args.uncached_port, args.lua, search_paths, args.workdir, 10, args.threads, args.connections)
    # Searches are timed one at a time, so they are not to pay for the load phases' aftermath
    # (garbage collection, compilation and queued work in four servers and PostgreSQL on 2 cores).
    log("Pause before searching (15 s)")
    time.sleep(15)
    search_ms = []
    for _ in range(20):
        for q, path in zip(queries, search_paths):
            started = time.perf_counter()
            status, _ = request(args.uncached_port, "GET", path)
            search_ms.append((time.perf_counter() - started) * 1000)
            if status != 200:
                raise SystemExit(f"search {q!r} answered {status}")
    search = {"p50": percentile(search_ms, 50), "p95": percentile(search_ms, 95), "max": max(search_ms), "count": len(search_ms),
              "warm_up": under_load}

    report = markdown(args, medians, paced, search, provisioning_s, pages)
    with open(args.results, "w", encoding="utf-8") as f:
        f.write(report)
    with open(os.path.splitext(args.results)[0] + ".json", "w", encoding="utf-8") as f:
        json.dump({"rounds": rounds, "medians": medians, "paced": paced, "search": search,
                   "provisioning_s": provisioning_s, "page_bytes": pages}, f, indent=2)
    print(report)


def markdown(args, medians, paced, search, provisioning_s, pages) -> str:
    def row(label: str) -> str:
        m = medians[label]
        return f"| {label} | {m['rps']:.0f} | {m['p50']:.2f} | {m['p99']:.2f} |"

    def ratio(a: str, b: str) -> float:
        return medians[a]["rps"] / medians[b]["rps"] * 100

    checks = [
        ("cached product page ≥ 50 % of (a)", ratio("product page, cached", "product (a) static file"), 50),
        ("cached collection page ≥ 50 % of (a)", ratio("collection page, cached", "collection (a) static file"), 50),
        ("uncached product page ≥ 25 % of (b)", ratio("product page, uncached", "product (b) raw ADO.NET JSON"), 25),
    ]
    lines = [
        f"Shop with {args.products:,} products (two variants each) provisioned from a recipe in {provisioning_s:.1f} s; "
        f"product page {pages['product']:,} bytes, collection page {pages['collection']:,} bytes.",
        "",
        "*cached*: output cache on. *uncached*: output cache off; every page is rendered through the theme from the "
        "storefront read cache. *no caches*: both off; every page reads the database.",
        "",
        f"wrk `-t{args.threads} -c{args.connections} -d{args.seconds}s`, targets alternated, median of {args.rounds} rounds:",
        "",
        "| target | req/s | p50 ms | p99 ms |",
        "|---|---:|---:|---:|",
        *[row(label) for label in medians],
        "",
        "| target | measured | goal | met |",
        "|---|---:|---:|---|",
        *[f"| {label} | {value:.0f} % | {goal} % | {'yes' if value >= goal else 'no'} |" for label, value, goal in checks],
        f"| product page with no caches, beside (b) (no target) | {ratio('product page, no caches', 'product (b) raw ADO.NET JSON'):.0f} % | — | — |",
    ]
    for label, result in paced.items():
        # Pages with no caches are measured for what they are; the target is for cached and uncached pages.
        goal, met = ("—", "—") if "no caches" in label else ("≤ 50 ms", "yes" if result["p99"] <= 50 else "no")
        lines.append(f"| p99 of {label} at 70 % of its peak ({result['achieved']:.0f} req/s, hey) | {result['p99']:.1f} ms "
                     f"| {goal} | {met} |")
    warm_up = search["warm_up"]
    lines.append(f"| search under wrk during its warm-up (no target): {warm_up['rps']:.0f} req/s, p50 {warm_up['p50']:.1f} ms, "
                 f"p99 {warm_up['p99']:.1f} ms | — | — | — |")
    lines.append(f"| search p95 ({search['count']} queries one at a time after a 15 s pause; p50 {search['p50']:.1f} ms, "
                 f"max {search['max']:.1f} ms) | {search['p95']:.1f} ms "
                 f"| ≤ 20 ms | {'yes' if search['p95'] <= 20 else 'no'} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
