vcl 4.1;

# Varnish in front of the app (varnish 7 with varnish-modules for xkey).
#
# - Public pages are cached for their s-maxage, and served stale for up to a
#   day while Varnish fetches them again (stale-while-revalidate) or while the
#   app is down. They are keyed by URL alone, and cached without cookies.
# - The admin, the API, previews, the language switch and `/` (it picks the
#   language from the visitor's cookie) always go to the app.
# - The app purges by surrogate key after each publication: a PURGE request
#   with an `xkey-purge` header, accepted only from the addresses in `purgers`.
#
# The block between the BEGIN and END lines names the app and who may purge.
# docker-compose uses it as it is; another deployment replaces it (the tests
# write their own ports into it, tests/helpers/varnish.ts).

import directors;
import std;
import xkey;

sub vcl_init {
  # The app's replicas, taken in turn; Varnish skips those its probe finds down.
  new app = directors.round_robin();
}

# BEGIN app backends
backend app1 {
  .host = "app";
  .port = "3000";
  .connect_timeout = 2s;
  .first_byte_timeout = 60s;
  .probe = {
    .url = "/api/health";
    .interval = 2s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
  }
}

acl purgers {
  "app";
  "localhost";
}

sub vcl_init {
  app.add_backend(app1);
}
# END app backends

sub vcl_recv {
  set req.backend_hint = app.backend();
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
  unset resp.http.xkey;
  if (req.http.x-cache-pass) {
    set resp.http.X-Cache = "PASS";
  } elsif (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
}
