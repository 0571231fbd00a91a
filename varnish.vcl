vcl 4.1;

# Varnish in front of the app (varnish 7 with varnish-modules for xkey), run with
# `-p http_gzip_support=off` (see vcl_recv).
#
# - Public pages are cached for their s-maxage, and served stale for up to a
#   day while Varnish fetches them again (stale-while-revalidate) or while the
#   app is down. They are keyed by URL alone, and cached without cookies.
# - The admin, previews, the language switch, `/` (it picks the language from
#   the visitor's cookie) and every API request of a signed-in user always go
#   to the app. Anonymous API reads are cached only when the app says they may
#   be (s-maxage: public collections, src/api/publicCaching.ts).
# - The app purges by surrogate key after each publication: a PURGE request
#   with an `xkey-purge` header, accepted only from the addresses in `purgers`.
#
# The block between the BEGIN and END lines names the app and who may purge.
# docker-compose uses it as it is; another deployment replaces it (the tests
# write their own ports into it, tests/helpers/varnish.ts).

import std;
import xkey;

# BEGIN app backends
# The app's replicas: docker-compose's `app` service, however many `--scale app=N`
# starts, found by name on every lookup (vmod dynamic, shipped in the official
# varnish image; Debian's package has none, so the tests write a fixed list here).
import dynamic;

sub vcl_init {
  new app = dynamic.director(port = "3000", ttl = 5s);
}

sub pick_backend {
  set req.backend_hint = app.backend("app");
}

# Who may purge: the compose network (docker-compose.yml fixes its subnet) and this host.
acl purgers {
  "172.28.0.0"/16;
  # Docker's gateway: what connections from the host look like, so not a replica.
  ! "172.28.0.1";
  "localhost";
}
# END app backends

sub vcl_recv {
  call pick_backend;
  unset req.http.x-cache-pass;

  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Purging is allowed from the app only."));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "Name the keys to purge in an xkey-purge header."));
    }
    set req.http.x-purged = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.x-purged + " objects."));
  }

  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # One compressed and one plain copy of each page, each sent as stored (varnishd runs with
  # http_gzip_support=off, so it neither unzips per request nor asks the app for gzip itself).
  if (req.http.Accept-Encoding ~ "gzip") {
    set req.http.Accept-Encoding = "gzip";
  } else {
    unset req.http.Accept-Encoding;
  }
  # The headless API, for anonymous callers: the same answer for everyone.
  if (req.url ~ "^/api/"
      && !req.http.Authorization
      && req.http.Cookie !~ "(^|;)\s*payload-token\s*=") {
    unset req.http.Cookie;
    return (hash);
  }
  # What is never cached: the admin and the API, previews (the draft-mode cookie),
  # the language switch (it sets a cookie) and the paths Next negotiates a language for.
  if (req.url ~ "^/(admin|api|preview)(/|\?|$)"
      || req.http.Cookie ~ "(^|;\s*)__prerender_bypass="
      || req.url ~ "[?&]switch-language="
      || req.http.Authorization) {
    return (pass);
  }
  if (req.url ~ "^/(it|fr|en)(/|\?|$)"
      || req.url ~ "^/(_next/static|sitemap\.xml|sitemaps/|robots\.txt)") {
    # Public: the same page for everyone.
    unset req.http.Cookie;
    return (hash);
  }
  return (pass);
}

sub vcl_synth {
  # The answers of this file (purges, refusals) in a sentence, not Varnish's HTML page.
  set resp.http.Content-Type = "text/plain; charset=utf-8";
  set resp.http.Cache-Control = "no-store";
  set resp.body = resp.reason + {"
"};
  return (deliver);
}

sub vcl_hash {
  # The URL alone: the same page whatever the Host header says.
  hash_data(req.url);
  return (lookup);
}

sub vcl_pass {
  set req.http.x-cache-pass = "1";
}

sub vcl_backend_response {
  # The app's keys (src/http/surrogateKeyHeaders.ts), where xkey looks for them.
  if (beresp.http.Surrogate-Key) {
    set beresp.http.xkey = beresp.http.Surrogate-Key;
  }
  if (bereq.uncacheable) {
    return (deliver);
  }
  # An API answer is kept only when it says so (the app marks the public, anonymous ones).
  if (bereq.url ~ "^/api/" && beresp.http.Cache-Control !~ "s-maxage") {
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
  }
  if (beresp.http.Set-Cookie) {
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
  }
  # Varnish takes the TTL from s-maxage and the grace from stale-while-revalidate;
  # Next sends a year of the latter, more than a page should outlive its app.
  if (beresp.grace > 1d) {
    set beresp.grace = 1d;
  }
}

sub vcl_deliver {
  # The keys are for the caches, not for visitors.
  unset resp.http.xkey;
  unset resp.http.Surrogate-Key;
  unset resp.http.Cache-Tag;
  if (req.http.x-cache-pass) {
    set resp.http.X-Cache = "PASS";
  } elsif (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
}
