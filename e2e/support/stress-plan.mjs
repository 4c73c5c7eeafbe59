// The stress plan of issue 6: 1,000 workspace profiles over 50 zones, 10 million peak
// sessions (the engine's maximum), as a plan object, as a plan link, and with the server
// counts worked out by hand from the rules in docs/rules.md (not by the engine), so
// a test can check the page and window.wasmBindings.size against an independent figure.

export const ZONES = 50;
export const PROFILES_PER_ZONE = 20;
export const SESSIONS_PER_PROFILE = 10_000;

/** Profile `p` of every zone: sizes cycle so the zone mixes 15 containers and 5 RDP servers. */
export function stressProfile(p, sessions = SESSIONS_PER_PROFILE) {
  return {
    name: `W${p}`,
    sessions,
    cpu_cores: 1 + (p % 4),
    ram_gb: 2 + (p % 3) * 2,
    recording: p % 5 === 0,
    disk_per_session_gb: 5,
    kind: p % 4 === 3 ? 'server_connection' : 'container',
  };
}

/** The plan object (engine JSON shape, docs/schema.md); every other field is the default. */
export function stressPlan(sessions = SESSIONS_PER_PROFILE) {
  return {
    zones: Array.from({ length: ZONES }, (_, z) => ({
      name: `Z${z}`,
      profiles: Array.from({ length: PROFILES_PER_ZONE }, (_, p) => stressProfile(p, sessions)),
    })),
  };
}

/** The plan as a link query (docs/plan-links.md): one `p=zone~name~sessions~cpu~ram~rec~disk~kind` per workspace. */
export function stressQuery(sessions = SESSIONS_PER_PROFILE) {
  const pairs = ['v=1'];
  for (const zone of stressPlan(sessions).zones) {
    for (const w of zone.profiles) {
      const kind = w.kind === 'container' ? 'container' : 'server';
      pairs.push(`p=${zone.name}~${w.name}~${w.sessions}~${w.cpu_cores}~${w.ram_gb}~${w.recording ? 1 : 0}~${w.disk_per_session_gb}~${kind}`);
    }
  }
  return pairs.join('&');
}

/**
 * Server counts of `plan` with the default settings (Standard, remote work, static 16 CPU /
 * 64 GB agents, business proxies of 8 cores, DNS, bundled database with a standby), from the
 * rules themselves. Only for plans whose zones all have sessions (as the stress plan).
 */
export function expectedCounts(plan) {
  const WEB_PER_SERVER = 150; // WEB-1, WEB-3: remote work sits at the high end of 70..150
  const WEB_SPARE = 1; // WEB-4: N+1
  const AGENT_CPUS = 16;
  const AGENT_RAM = 64;
  const AGENT_SPARE = 2; // AG-8: N+2
  const PROXY_CORES = 8;
  const PROXY_LOAD = 0.25; // CP-7 interpretation: 8 cores / 32 sessions
  const PROXY_SPARE = 1; // CP-1
  const profiles = plan.zones.flatMap((z) => z.profiles);
  // CP-4, CP-6: one recorded server connection makes every proxy record, so half its cores stream.
  const recording = profiles.some((p) => p.kind === 'server_connection' && p.recording);
  const perProxy = Math.floor((recording ? PROXY_CORES / 2 : PROXY_CORES) / PROXY_LOAD);
  const out = { web: 0, agents: 0, proxies: 0, database: 2 }; // DB-3 largest row + DB-5 standby
  for (const zone of plan.zones) {
    const sessions = zone.profiles.reduce((s, p) => s + p.sessions, 0);
    // WEB-1, WEB-5: every zone has its own web app servers.
    out.web += Math.ceil(sessions / WEB_PER_SERVER) + WEB_SPARE;
    // AG-1 (AG-2: a recorded session takes one more core): each container session takes
    // 1 / (its profile's sessions per agent) of an agent; the zone's agents are the sum, rounded up.
    let load = 0;
    let serverSessions = 0;
    for (const p of zone.profiles) {
      if (p.kind === 'server_connection') {
        serverSessions += p.sessions;
        continue;
      }
      const cores = p.cpu_cores + (p.recording ? 1 : 0);
      const perAgent = Math.min(Math.floor(AGENT_CPUS / cores), Math.floor(AGENT_RAM / p.ram_gb));
      load += p.sessions / perAgent;
    }
    // Summed as fractions can leave 1e-9 noise: round to whole sessions' worth first.
    const agents = Math.ceil(Math.round(load * 1e6) / 1e6);
    out.agents += agents + (agents > 0 ? AGENT_SPARE : 0);
    const proxies = Math.ceil(serverSessions / perProxy);
    out.proxies += proxies + (proxies > 0 ? PROXY_SPARE : 0);
  }
  out.total = out.web + out.agents + out.proxies + out.database; // DNS: no load balancer (LB-1)
  return out;
}
