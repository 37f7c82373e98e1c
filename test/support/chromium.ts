/**
 * A Chromium for the browser tests, on any machine, with nothing installed by hand: the one named
 * by REMISS_CHROMIUM, else the system's /usr/bin/chromium, else on Linux the headless Chromium
 * that @sparticuz/chromium (a devDependency) unpacks into the temporary directory on first use,
 * else on macOS and Windows the installed Chrome or Edge (playwright-core's channels).
 */
import { existsSync } from 'node:fs';

export interface ChromiumLaunch {
  /** What was found, for messages ("/usr/bin/chromium", "@sparticuz/chromium", "chrome"). */
  name: string;
  executablePath?: string;
  channel?: string;
  /** Flags this build needs beyond the tests' own. */
  args: string[];
}

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * Flags of @sparticuz/chromium that are for its AWS Lambda home, not for a test: the tests check
 * that the report loads nothing, so web security stays on; one process per tab stays as usual.
 */
const NOT_FOR_TESTS = new Set(['--disable-web-security', '--allow-running-insecure-content', '--single-process', '--no-zygote']);

export async function findChromium(env: Record<string, string | undefined> = process.env): Promise<ChromiumLaunch> {
  if (env.REMISS_CHROMIUM) {
    if (!existsSync(env.REMISS_CHROMIUM)) throw new Error(`REMISS_CHROMIUM names ${env.REMISS_CHROMIUM}, which does not exist`);
    return { name: env.REMISS_CHROMIUM, executablePath: env.REMISS_CHROMIUM, args: [] };
  }
  const system = SYSTEM.find((p) => existsSync(p));
  if (system) return { name: system, executablePath: system, args: [] };
  if (process.platform === 'linux') {
    const sparticuz = (await import('@sparticuz/chromium')).default;
    const executablePath = await sparticuz.executablePath();
    return { name: '@sparticuz/chromium', executablePath, args: sparticuz.args.filter((a) => !NOT_FOR_TESTS.has(a) && !a.startsWith('--headless')) };
  }
  return { name: process.platform === 'win32' ? 'msedge' : 'chrome', channel: process.platform === 'win32' ? 'msedge' : 'chrome', args: [] };
}
