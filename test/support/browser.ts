/**
 * Serves the built add-in on localhost and opens it in Debian's Chromium with
 * playwright-core (never a downloaded browser). Screenshots go to test-artifacts/.
 */
import * as path from "path";
import * as fs from "fs";
import type { AddressInfo } from "net";
import type { Server } from "http";
import express from "express";
import { chromium, type Browser } from "playwright-core";
import { DIST } from "./dist";

export const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const app = express();
  app.use(express.static(DIST));
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (.ci/run does).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

export function artifact(name: string): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}
