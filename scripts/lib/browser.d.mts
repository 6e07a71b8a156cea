export const SYSTEM_CHROMIUMS: string[];
export const NO_BROWSER_HINT: string;
type Env = Record<string, string | undefined>;
export function findChromium(options?: { env?: Env; managed?: string | null; system?: string[] }): string | null;
export function ensureChromium(options?: {
  env?: Env;
  managed?: string | null;
  system?: string[];
  osRelease?: string;
  isRoot?: boolean;
  log?: (line: string) => void;
  run?: (cmd: string, args: string[], env?: Env) => boolean;
}): string;
