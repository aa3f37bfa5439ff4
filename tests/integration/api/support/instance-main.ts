// A second app instance in its own process, for the multi-instance tests: the app's services over
// DATABASE_URL (from this process's environment, like `npm start`) behind a real HTTP server with
// the real route handlers. Prints {"baseUrl": …} on stdout once it listens.
import { loadEnv } from "@/lib/env";
import { createAppServices } from "@/lib/server/app-services";
import { setAppServices } from "@/lib/server/services";
import { startHandlerServer } from "./handler-server";

async function main(): Promise<void> {
  const services = await createAppServices({ env: loadEnv(), refreshIntervalMs: 200, log: () => undefined });
  setAppServices(services);
  const server = await startHandlerServer();
  process.stdout.write(`${JSON.stringify({ baseUrl: server.baseUrl })}\n`);
  process.on("SIGTERM", () => {
    void server.close().then(() => services.close()).finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
