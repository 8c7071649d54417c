// A `npm start` killed with SIGKILL leaves its Next.js server running (children outlive a killed
// parent) and holding the port. We remember the server's pid and stop it on the next start.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const PID_FILE = ".data/app.pid";

function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

export async function stopStaleApp(log) {
  if (!existsSync(PID_FILE)) return;
  const pid = Number.parseInt(readFileSync(PID_FILE, "utf8"), 10);
  // only our own server: a reused pid of another program is left alone
  if (Number.isInteger(pid) && /next/.test(commandLine(pid))) {
    log(`stopping the app server left running by an earlier run (pid ${pid})`);
    process.kill(pid, "SIGTERM");
    for (let i = 0; i < 50 && commandLine(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (commandLine(pid)) process.kill(pid, "SIGKILL");
  }
  rmSync(PID_FILE, { force: true });
}

export function rememberApp(pid) {
  writeFileSync(PID_FILE, String(pid));
}

export function forgetApp() {
  rmSync(PID_FILE, { force: true });
}
