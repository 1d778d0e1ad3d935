// Whether the report is coloured. --color / --no-color on the command line win; then FORCE_COLOR as chalk
// reads it (0 or "false" off, anything else on); then NO_COLOR (any non-empty value turns colour off, as
// no-color.org asks); otherwise colour only on a terminal that is not "dumb".
export function useColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if ('FORCE_COLOR' in env) {
    const v = env.FORCE_COLOR ?? '';
    if (v === 'false') return false;
    if (v === '' || v === 'true') return true;
    const n = Number.parseInt(v, 10);
    return Number.isNaN(n) ? true : n > 0;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}
