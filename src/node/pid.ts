/**
 * Whether a process with this id is running (on this machine). A process we may not signal
 * (EPERM) is running; only "no such process" means it is gone.
 */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
