// The flags every Chromium that prints ap-ready's PDFs starts with: headless, no sandbox (Chromium refuses to start
// as root without it), and nothing of its own that goes to the network.

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-setuid-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-extensions',
  '--disable-quic',
  // Belt and braces behind request interception: anything that slips past it (a prefetch, a preconnect)
  // goes to a proxy on a port where nothing listens, loopback addresses included (<-loopback>).
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
  '--dns-prefetch-disable',
  '--disable-features=NetworkPrediction,Prerender2,SpeculationRulesPrefetchProxy,NoStatePrefetch,PreloadingHeuristics,NetworkTimeServiceQuerying',
  // Chromium's background services ask anyway, proxy or not: measured in a private network namespace with a
  // listener on the proxy's port, Debian's Chromium sent a network-time query (clients2.google.com/time,
  // stopped by NetworkTimeServiceQuerying above) and a component-update check (update.googleapis.com,
  // despite --disable-component-update), which an update source that is no URL at all stops before any request.
  '--component-updater=url-source=data:',
  '--disable-domain-reliability',
  '--no-pings',
  '--disable-client-side-phishing-detection',
];
