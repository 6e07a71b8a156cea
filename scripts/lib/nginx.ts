// Debian's nginx in front of the app instances: loopback only, config in a temp dir, run by
// scripts/lib/cluster.ts as a non-daemon child.
import { execFileSync } from "node:child_process";
import fs from "node:fs";

/** Debian's nginx: found, or installed with apt-get when we may. */
export function findNginx(): string {
  for (const p of ["/usr/sbin/nginx", "/usr/bin/nginx"]) if (fs.existsSync(p)) return p;
  if (process.getuid?.() !== 0) throw new Error("nginx is not installed: run `sudo apt-get install -y nginx`");
  const apt = (args: string[]) =>
    execFileSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  try {
    apt(["install", "-y", "--no-install-recommends", "nginx"]);
  } catch {
    apt(["update"]); // the package lists may be stale or missing (a fresh container)
    apt(["install", "-y", "--no-install-recommends", "nginx"]);
  }
  return "/usr/sbin/nginx";
}

export function nginxConfig(dir: string, port: number, upstreams: number[]): string {
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((t) => `  ${t}_temp_path ${dir}/${t};`)
    .join("\n");
  const proxied = [
    "proxy_http_version 1.1;",
    'proxy_set_header Connection "";',
    "proxy_set_header Host $http_host;",
    "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
    "proxy_set_header X-Forwarded-Proto $scheme;",
    "# Which instance answered: the drill attributes each reply to one.",
    "add_header X-Upstream $upstream_addr always;",
    "# A refused connection moves on to the next instance (the request never reached the app);",
    "# a POST already sent is not replayed (non_idempotent is off): the client retries it.",
    "proxy_next_upstream error timeout http_502;",
    "proxy_connect_timeout 2s;",
  ]
    .map((l) => `      ${l}`)
    .join("\n");
  return `# written by scripts/lib/cluster.ts
daemon off;
master_process on;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
${temp}
  upstream app {
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=3s;`).join("\n")}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 10m;
    location / {
      proxy_pass http://app;
${proxied}
    }
    # Server-Sent Events: pass each event on as it comes, keep the stream open.
    location /api/v1/events {
      proxy_pass http://app;
${proxied}
      proxy_buffering off;
      proxy_read_timeout 1h;
    }
  }
}
`;
}
