// A TCP relay between the app and PostgreSQL that a test can cut and restore: the app really
// loses its database (connections reset, new ones refused) while the shared server keeps running
// for everyone else. Used by the database-outage e2e and the fault-injection script.
import net from "node:net";

/** @param {{ targetHost: string, targetPort: number, port?: number }} options */
export async function startTcpProxy({ targetHost, targetPort, port = 0 }) {
  const sockets = new Set();
  let server = null;
  let listenPort = port;

  const listen = () =>
    new Promise((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(targetPort, targetHost);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("close", () => sockets.delete(socket));
          socket.on("error", () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream);
        upstream.pipe(client);
      });
      server.once("error", reject);
      server.listen(listenPort, "127.0.0.1", () => {
        listenPort = server.address().port;
        resolve();
      });
    });

  await listen();
  return {
    get port() {
      return listenPort;
    },
    /** New connections are refused and open ones are reset, as when the database goes away. */
    async cut() {
      if (!server) return;
      const closing = new Promise((resolve) => server.close(resolve));
      server = null;
      for (const socket of sockets) socket.destroy();
      await closing;
    },
    async restore() {
      if (!server) await listen();
    },
    async close() {
      await this.cut();
    },
  };
}
