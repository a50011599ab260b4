"""Sends batches of 100 addresses to POST /api/v1/reports at a fixed rate (open model: a batch
starts on schedule whether or not the earlier ones are answered) and prints the latencies.
Usage: KEY=oh_... python3 bench/report-api-rate.py BASE RATE SECONDS"""
import http.client
import json
import os
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

base, rate, seconds = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
url = urllib.parse.urlparse(base)
key = os.environ["KEY"]
local = threading.local()
latencies, failures = [], []


def send(n):
    if not hasattr(local, "conn"):
        local.conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    body = json.dumps({"addresses": ["https://example.com/rate/%d/%d/%d.jpg" % (os.getpid(), n, i) for i in range(100)],
                       "seen": "images", "found": "website", "reference": "R-%d" % n})
    started = time.perf_counter()
    try:
        local.conn.request("POST", "/api/v1/reports", body,
                           {"Content-Type": "application/json", "Authorization": "Bearer " + key})
        response = local.conn.getresponse()
        response.read()
        status = response.status
    except Exception:
        local.conn.close()
        del local.conn
        status = 0
    elapsed = (time.perf_counter() - started) * 1000
    (latencies if status == 201 else failures).append(elapsed)


with ThreadPoolExecutor(max_workers=32) as pool:
    start = time.perf_counter()
    for n in range(int(rate * seconds)):
        delay = start + n / rate - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        pool.submit(send, n)

latencies.sort()


def pct(p):
    return latencies[min(len(latencies) - 1, int(len(latencies) * p / 100))] if latencies else float("nan")


print("batches %d answered 201, %d failed; latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f"
      % (len(latencies), len(failures), pct(50), pct(95), pct(99), latencies[-1] if latencies else float("nan")))
