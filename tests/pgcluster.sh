#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suites that run against a server as well as SQLite
# (tst_store_pg, tst_transfer_pg; CTest starts and stops it as the fixture "pg").
#   tests/pgcluster.sh start DIR   initdb in DIR/data, a server on the Unix socket DIR/.s.PGSQL.54329
#                                  and on 127.0.0.1:54329 with TLS only (certificate DIR/server.crt),
#                                  superuser "mamori" trusted locally; durability off, which a
#                                  throwaway cluster does not need
#   tests/pgcluster.sh start DIR --bench
#                                  the same, but also on TCP 127.0.0.1:54329 and with the server's
#                                  default durability (fsync, synchronous commit), for
#                                  bench/teambench.cpp's figures
#   tests/pgcluster.sh restart DIR restarts it: every client's connection is dropped
#   tests/pgcluster.sh stop DIR    stops it and deletes DIR
# initdb and pg_ctl refuse to run as root (as CI does): then they run as the user "postgres", which
# Debian's postgresql package creates.
set -euo pipefail
command=${1:?start or stop}
dir=$(realpath -m "${2:?a folder}")
port=54329
mode=${3:-}
if [[ -n "$mode" && "$mode" != --bench ]]; then
  echo "usage: tests/pgcluster.sh start|stop DIR [--bench]" >&2
  exit 2
fi
bindir=""
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
  [[ -x "$candidate/initdb" ]] && bindir=$candidate && break
done
if [[ -z "$bindir" ]]; then
  echo "pgcluster: PostgreSQL is not installed (Debian package postgresql; scripts/setup-debian.sh)" >&2
  exit 1
fi
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}
case "$command" in
start)
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$dir"
    if ! runuser -u postgres -- test -w "$dir" 2>/dev/null && [[ "${CI:-}" == true ]]; then
      # A CI checkout may sit under folders closed to other users (a chroot whose root was made by
      # mktemp is 0700): let the server's user pass through them — o+x opens no folder for listing.
      path=$dir
      while [[ "$path" != / ]]; do
        path=$(dirname "$path")
        mode=$(stat -c %A "$path")
        [[ ${mode:9:1} == [xt] ]] || { chmod o+x "$path"; echo "pgcluster: o+x on $path"; }
      done
    fi
    if ! runuser -u postgres -- test -w "$dir" 2>/dev/null; then
      echo "pgcluster: the user postgres cannot reach $dir (a folder above it is closed to other users;" \
        "give them o+x, or build elsewhere)" >&2
      exit 1
    fi
  fi
  as_owner "$bindir/initdb" -D "$dir/data" -U mamori -A trust -E UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  if [[ "$mode" == --bench ]]; then
    options="-k $dir -c listen_addresses=127.0.0.1 -p $port"
  else
    # TLS on loopback too, for tst_teamwork_pg: a certificate for "localhost" made here (two days),
    # and a second one that did not sign the server's, to see verification refuse it. Over TCP only
    # TLS is let in.
    for name in server other; do
      as_owner openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
        -addext subjectAltName=DNS:localhost -keyout "$dir/$name.key" -out "$dir/$name.crt" >/dev/null 2>&1 ||
        { echo "pgcluster: openssl cannot make a certificate (Debian package openssl)" >&2; exit 1; }
    done
    printf 'local all all trust\nhostssl all all 127.0.0.1/32 trust\nhostnossl all all 127.0.0.1/32 reject\n' |
      as_owner tee "$dir/data/pg_hba.conf" >/dev/null
    options="-k $dir -c listen_addresses=127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off"
    options="$options -c full_page_writes=off -c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key"
  fi
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$options" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "pgcluster: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on $dir port $port"
  ;;
restart)
  # What a server restart does to clients: every connection is dropped (tst_teamwork_pg).
  as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w restart >/dev/null
  ;;
stop)
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: tests/pgcluster.sh start|restart|stop DIR [--bench]" >&2
  exit 2
  ;;
esac
