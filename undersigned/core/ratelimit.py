"""Fixed-window rate limits on the cache (local memory by default, Redis in production)."""

from __future__ import annotations

import hashlib
import time

from django.core.cache import cache


def hit(scope: str, key: str, *, limit: int, window: int = 3600) -> bool:
    """Count one attempt; False when ``key`` has used up ``limit`` attempts in this window."""
    bucket = int(time.time() // window)
    digest = hashlib.sha256(key.encode()).hexdigest()[:32]
    cache_key = f"rl:{scope}:{bucket}:{digest}"
    if cache.add(cache_key, 1, timeout=window + 5):
        return limit >= 1
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add() and incr()
        cache.add(cache_key, 1, timeout=window + 5)
        count = 1
    return count <= limit


def client_ip(meta: dict[str, str]) -> str:
    """The client's address; behind a proxy, the first X-Forwarded-For entry."""
    forwarded = meta.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded:
        return forwarded.split(",")[0].strip()
    return meta.get("REMOTE_ADDR", "")
